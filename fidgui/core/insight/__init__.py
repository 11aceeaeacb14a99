"""Features to pictures that explain a figure: maps, t-SNE, nearest and uncovered images."""
