"""What the learning domain announces; other domains listen (certification never gets imported here)."""

from django.dispatch import Signal

# Sent inside the transaction that records the completion, with
# ``official_id``, ``course_key`` (UUID) and ``completion_id``. Receivers that
# start work elsewhere must defer it to after commit (or write an outbox row).
course_completed = Signal()
