"""Files to decoded RGB to the network's input: discovery, decoding, preprocessing."""
