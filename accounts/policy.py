"""Who must give a second factor: board administrators and superusers always, anyone else once they enrolled one."""

from django_otp import user_has_device

from core.roles import is_board_administrator


def second_factor_required(user):
    """Board administrators cannot opt out; for the other roles it is optional, and binding once a device is set up."""
    if not user.is_authenticated:
        return False
    return is_board_administrator(user) or user_has_device(user, confirmed=True)
