"""A result to the forms people keep and read: the result document, CSV, HTML, warnings."""
