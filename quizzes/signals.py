"""What the quizzes domain announces; other domains listen (certification never gets imported here)."""

from django.dispatch import Signal

# Sent inside the transaction that grades a passing attempt, with ``official_id``,
# ``quiz_key`` (UUID) and ``attempt_id``. Receivers that start work elsewhere must
# defer it to after commit (or write an outbox row).
quiz_passed = Signal()
