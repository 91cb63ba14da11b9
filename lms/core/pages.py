"""A mixin for page models served through the route cache (lms/core/routing.py); it imports no models."""

RESTRICTIONS_ATTRIBUTE = "_lms_view_restrictions"


class CachedViewRestrictionsMixin:
    """Pages served through the route cache use the restrictions stored with their route."""

    def get_view_restrictions(self):
        restrictions = self.__dict__.get(RESTRICTIONS_ATTRIBUTE)
        if restrictions is not None:
            return restrictions
        return super().get_view_restrictions()
