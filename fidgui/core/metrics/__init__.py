"""Statistics and features to figures: FID, KID, IS, precision/recall, interval, FID-infinity."""
