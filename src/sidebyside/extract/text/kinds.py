"""The kinds of line in a text capture (what a line is by itself; body.py decides what it is in context)."""

BLANK = "blank"
RULE = "rule"  # a horizontal rule drawn with dashes or box characters
IMAGE = "image"  # an image without alt text ("[hero-image]")
FURNITURE = "furniture"  # menus, share bars, legal footers
PROMO = "promo"  # the header of a promo block ("Related", "Most read")
META = "meta"  # byline, dateline, source, read time, share count
CREDIT = "credit"  # a caption or a photo credit
APPEAL = "appeal"  # the reader addressed: support, subscribe, sign up
PROSE = "prose"
SHORT = "short"  # any other line: a headline, a menu item, a label
COMMENTS = "comments"  # a reader-comment header, the comment section's title, an author's bio box
