"""Features to running statistics (mean and covariance) and their .npz file format."""
