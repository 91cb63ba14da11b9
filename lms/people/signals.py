"""Signals that the people app sends for other features to listen to.

Listeners must not hold business rules of this app; they react to facts.
"""

from __future__ import annotations

from django.dispatch import Signal

# Sent after commit with ``official_ids``: officials who were created or moved to
# another unit (training mandates of the new unit then apply to them).
officials_placed = Signal()
