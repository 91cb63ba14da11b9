# The same day/month/year dates as in Vietnamese; English number separators.
from lms.formats.vi.formats import *  # noqa: F403

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
