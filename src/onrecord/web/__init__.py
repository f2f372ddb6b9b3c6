"""The record in a browser and as JSON: FastAPI with server-rendered Jinja2 pages."""
from onrecord.web.app import create_app

__all__ = ["create_app"]
