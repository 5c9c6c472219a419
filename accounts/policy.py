"""Who must give a second factor: board administrators and superusers always, anyone else once they enrolled one."""

from django_otp import user_has_device

from core.roles import BOARD_ADMINISTRATOR, user_roles


def is_board_administrator(user):
    return user.is_authenticated and (user.is_superuser or BOARD_ADMINISTRATOR in user_roles(user))


def second_factor_required(user):
    """Board administrators cannot opt out; for the other roles it is optional, and binding once a device is set up."""
    if not user.is_authenticated:
        return False
    return is_board_administrator(user) or user_has_device(user, confirmed=True)
