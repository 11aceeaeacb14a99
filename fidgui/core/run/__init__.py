"""A request to a result: one comparison, many comparisons, and recording them."""
