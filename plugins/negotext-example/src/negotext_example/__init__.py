"""negotext-example: an example third-party negotext plugin (ceasefire mentions)."""

from negotext_example.ceasefire import Ceasefire, CeasefireStatus

__all__ = ["Ceasefire", "CeasefireStatus"]
