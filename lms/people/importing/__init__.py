"""Import of officials from a CSV or XLSX personnel list.

The whole file is read and every row checked first, with a few bulk queries per
chunk of rows (never one query per row); only a file without a single error is
written, in one transaction. A dry run stops after the checks and writes nothing.
"""

from .reading import EXTENSIONS
from .report import ImportReport
from .workflow import official_import_run, official_import_start, officials_import

__all__ = ["EXTENSIONS", "ImportReport", "official_import_run", "official_import_start", "officials_import"]
