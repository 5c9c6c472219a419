"""A sort key that orders names as a Vietnamese reader expects, on any database collation.

Vietnamese letters with a shape mark are letters of their own, after their
base letter: a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư. Tone marks only break
ties between otherwise equal names, in the order no mark, huyền, hỏi, ngã,
sắc, nặng. SQLite compares bytes and PostgreSQL follows the database's locale,
so neither can be trusted with "Đông Á" and "Dương"; the key is therefore a
string of digits, which every collation compares the same way.
"""

import unicodedata

# The Vietnamese alphabet, with the Latin letters it lacks (f, j, w, z) in their usual places.
ALPHABET = tuple("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")

_SHAPE_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng

_SPACE = "10"
_DIGITS = {str(digit): str(11 + digit) for digit in range(10)}
_LETTERS = {letter: str(21 + index) for index, letter in enumerate(ALPHABET)}
_OTHER_LETTER = "99"


def _split(char):
    """("ế") -> ("ê", 4): the letter with its shape mark, and the tone."""
    if char in ("đ", "Đ"):
        return "đ", 0
    decomposed = unicodedata.normalize("NFD", char.lower())
    base = decomposed[0]
    shape = "".join(mark for mark in decomposed[1:] if mark in _SHAPE_MARKS)
    tone = max((_TONE_MARKS.get(mark, 0) for mark in decomposed[1:]), default=0)
    return unicodedata.normalize("NFC", base + shape), tone


def vi_sort_key(text):
    """A digit string; comparing two keys compares the names in Vietnamese dictionary order."""
    primary, tones = [], []
    pending_space = False
    for char in unicodedata.normalize("NFC", str(text or "")):
        if char.isspace():
            pending_space = bool(primary)
            continue
        if char.isdigit() and char in _DIGITS:
            code, tone = _DIGITS[char], None
        elif char.isalpha():
            letter, tone = _split(char)
            code = _LETTERS.get(letter, _LETTERS.get(letter[:1], _OTHER_LETTER))
        else:
            # Punctuation is ignored, as dictionaries do; it still separates words.
            pending_space = pending_space or bool(primary)
            continue
        if pending_space:
            primary.append(_SPACE)
            pending_space = False
        primary.append(code)
        if tone is not None:
            tones.append(str(tone))
    # Every primary code starts with 1-9, so the "0" ends the letters: a shorter name sorts first.
    return "".join(primary) + "0" + "".join(tones)
