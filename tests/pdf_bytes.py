"""Small PDFs written byte by byte, for tests and benchmarks of the PDF capture (no PDF library
needed to make them, so a test of a hostile PDF never depends on the library it tests)."""

from __future__ import annotations

import zlib

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF whose object 1 is the catalogue: the objects numbered from 1, an xref table, a trailer."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_of_empty_pages(count: int) -> bytes:
    """``count`` empty pages sharing one page tree: a tiny file that claims many pages."""
    kids = " ".join(f"{3 + i} 0 R" for i in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode()]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * count
    return pdf_file(objects)


def pdf_of_drawn_letters(operations: int) -> bytes:
    """One page drawing a one-letter text ``operations`` times, its content stream deflated:
    a small file whose content inflates hugely."""
    stream = zlib.compress(b"BT /F1 11 Tf 72 720 Td (x) Tj ET\n" * operations, 9)
    return pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        HELVETICA,
    ])
