"""The 2015 TensorFlow FID Inception network: its weights and its ONNX graph."""
