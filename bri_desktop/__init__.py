"""BRI Desktop: an offline reference on China–Central Asia Belt and Road cooperation."""

__version__ = "0.1.0"
