"""The web application and the REST API: a door over ``partes.services``."""

from partes.web._app import create_app

__all__ = ["create_app"]
