"""Networks that turn images into features: the encoder protocol, the ONNX session, model store and download."""
