"""Create the demo accounts (administrator, editor, translator) and print how to log in.

The password is DEMO_PASSWORD when set; otherwise one is generated on the
first run, kept in var/demo-password (outside git) and reused, so running the
command again changes nothing.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from core.roles import BOARD_ADMINISTRATOR, EDITOR, INVESTMENT_OFFICER, TRANSLATOR, sync_roles

ACCOUNTS = [
    # username, role, superuser, display name
    ("admin", BOARD_ADMINISTRATOR, True, "Quản trị viên Ban Quản lý"),
    ("editor", EDITOR, False, "Biên tập viên"),
    ("translator", TRANSLATOR, False, "Biên dịch viên"),
    ("officer", INVESTMENT_OFFICER, False, "Cán bộ xúc tiến đầu tư"),
]


def demo_password():
    password = os.environ.get("DEMO_PASSWORD", "")
    if password:
        return password
    path = settings.BASE_DIR / "var" / "demo-password"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(exist_ok=True)
    # 24 characters from a 64-letter alphabet: passes every password validator of the site.
    password = secrets.token_urlsafe(18)
    path.write_text(password + "\n")
    path.chmod(0o600)
    return password


class Command(BaseCommand):
    help = "Create or update the demo accounts and print their log-in details."

    def handle(self, *args, **options):
        sync_roles()
        password = demo_password()
        User = get_user_model()
        for username, role, is_superuser, full_name in ACCOUNTS:
            user = User.objects.filter(username=username).first() or User(username=username)
            try:
                # The same rules as every other account: length, common passwords, likeness to the user's name.
                validate_password(password, user)
            except ValidationError as error:
                raise CommandError(
                    f"The demo password is refused for {username!r}: {' '.join(error.messages)} "
                    "Choose another DEMO_PASSWORD (or delete var/demo-password to have one generated)."
                ) from error
            if user.pk is None:
                user.set_unusable_password()
                user.save()
            first_name, _, last_name = full_name.rpartition(" ")
            changed = False
            for field, value in (
                ("is_staff", True),
                ("is_superuser", is_superuser),
                ("is_active", True),
                ("email", f"{username}@thanhbinh-ip.example"),
                ("first_name", first_name),
                ("last_name", last_name),
            ):
                if getattr(user, field) != value:
                    setattr(user, field, value)
                    changed = True
            if not user.check_password(password):
                user.set_password(password)
                changed = True
            if changed:
                user.save()
            user.groups.set([Group.objects.get(name=role)])

        admin_url = f"{settings.SITE_URL}/vi/admin/"
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Demo accounts (log in at {admin_url}):"))
        for username, role, _is_superuser, _name in ACCOUNTS:
            self.stdout.write(f"  {role:<22} user: {username:<11} password: {password}")
        self.stdout.write("")
