"""What to paint for a Comparison, by highlight kind: shared by the app and the report.

The implementation lives with the ui today and is Qt-free; this module is the core's door to it.
"""

from sidebyside.ui.highlights import Highlight, Highlights, Link, collect, term_spans  # noqa: F401
from sidebyside.ui.kinds import Kind, kind, kinds  # noqa: F401
