"""Safari's .webarchive (File > Save As > Web Archive): a binary property list the standard
library's ``plistlib`` reads. The main resource holds the page's HTML, its URL and charset.
"""

from __future__ import annotations

from sidebyside.capture.archived import ArchivedPage
from sidebyside.errors import CaptureError

MAGIC = b"bplist00"


def main_resource(data: bytes, path: str | None = None) -> ArchivedPage:
    import plistlib  # imported here: few captures are web archives

    try:
        archive = plistlib.loads(data, fmt=plistlib.FMT_BINARY)
    except Exception:  # plistlib raises a variety of errors on damaged input
        raise CaptureError("the Safari web archive is damaged and cannot be read", path) from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise CaptureError("the Safari web archive holds no page", path)
    mime = str(main.get("WebResourceMIMEType") or "text/html").lower()
    if not (mime.startswith("text/") or "html" in mime):
        raise CaptureError(f"the Safari web archive holds {mime}, not a web page", path)
    charset = main.get("WebResourceTextEncodingName")
    url = main.get("WebResourceURL")
    return ArchivedPage(
        payload=main["WebResourceData"],
        charset=charset if isinstance(charset, str) else None,
        url=url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None,
    )
