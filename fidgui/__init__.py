"""fidgui: FID and its companions for two folders of images, offline."""

__version__ = "0.1.0"
