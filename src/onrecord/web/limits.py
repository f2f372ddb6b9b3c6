"""Request-size limits and upload checks, so bad input gets a clear 4xx instead of a crash."""
from __future__ import annotations

import json

from onrecord.ingest.text import InputError, decode

MAX_BODY_BYTES = 5 * 1024 * 1024


class UploadError(ValueError):
    """Input the server refuses; the message is shown to the user as is."""


def text_from_upload(data: bytes, origin: str) -> str:
    if not data:
        raise UploadError(f"{origin}: empty upload")
    try:
        text = decode(data, origin)
    except InputError as error:
        raise UploadError(str(error)) from None
    if not text.strip():
        raise UploadError(f"{origin}: no text in it")
    return text


class BodySizeLimit:
    """ASGI middleware: read at most `max_bytes` of a request body, else answer 413 at once."""

    def __init__(self, app, max_bytes: int = MAX_BODY_BYTES):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.max_bytes:
            return await self._too_large(send)
        body, more = bytearray(), True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                return await self._too_large(send)
        pending = [{"type": "http.request", "body": bytes(body), "more_body": False}]

        async def replay():
            return pending.pop() if pending else await receive()
        await self.app(scope, replay, send)

    async def _too_large(self, send) -> None:
        payload = json.dumps({"detail": f"request body larger than {self.max_bytes // (1024 * 1024)} MB"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]})
        await send({"type": "http.response.body", "body": payload})
