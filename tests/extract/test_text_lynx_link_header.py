"""lynx prints the page's <link> elements first ("#[1]alternate [2]RSS ..."): no text of the page."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.forms import without_link_list
from sidebyside.model import Capture, Source

REFERENCES = "\nReferences\n\n   1. https://example.org/a\n   2. https://example.org/b\n"
HEADER = ("   #[1]alternate [2]aragonés [3]Asturianu [4]Български [5]Català [6]Čeština [7]Cymraeg\n"
          "   [8]Deutsch [9]Dolnoserbšćina [10]English (British) [11]English [12]Esperanto, español.\n")
STORY = ("   The harbour authority voted seven to two in favour of the new ferry terminal on Tuesday, ending a\n"
         "   planning dispute that had lasted more than six years, officials said after the meeting.\n")


def test_the_link_header_of_a_lynx_dump_is_dropped():
    text, listed = without_link_list(HEADER + "\n   Ferry terminal approved\n\n" + STORY + REFERENCES)
    assert listed and "aragonés" not in text and "Ferry terminal approved" in text and "six years" in text
    article = extract_text(Capture(source=Source(path="d.txt", format="text"),
                                   content=HEADER + "\n   Ferry terminal approved\n\n" + STORY * 3 + REFERENCES))
    assert "Asturianu" not in article.text and "Esperanto" not in article.text


def test_a_hash_line_later_in_the_dump_or_without_the_link_list_is_kept():
    later = "   Ferry terminal approved\n\n   #[3]harbour and the vote on the terminal\n\n" + STORY
    assert "harbour and the vote" in without_link_list(later + REFERENCES)[0]
    assert without_link_list(HEADER + "\n" + STORY) == (HEADER + "\n" + STORY, False)
