"""In Chromium, a Vietnamese page draws every letter in the site's own font: the three weights of Be Vietnam Pro
load from the site (one file each, Latin and Vietnamese together), and no letter, with its tone marks or đ,
falls back to a font of the system."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fonts_drawing(page):
    """{(family, drawn from a web font): glyphs} over every element of the page in Vietnamese with nothing in another
    language inside it (Chromium reports the fonts of a block's inline text with it), as Chromium reports them. The
    language switcher writes each other language in its own name and script (`lang="ko"`: 한국어), which the site's
    font does not cover and a system font draws."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    drawn = {}
    for node in cdp.send(
        "DOM.querySelectorAll", {"nodeId": root, "selector": "body *:lang(vi):not(:has(:not(:lang(vi))))"}
    )["nodeIds"]:
        for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]:
            key = (font["familyName"], font["isCustomFont"])
            drawn[key] = drawn.get(key, 0) + font["glyphCount"]
    return drawn


def test_a_vietnamese_page_draws_every_letter_in_the_sites_font(page, live_server, park):
    page.goto(f"{live_server.url}/vi/", wait_until="networkidle")
    page.evaluate("document.fonts.ready")
    text = page.locator("body").inner_text()
    # The park's name and tagline: stacked tone marks (ệ, ầ, ồ, ộ), a dot below (ạ) and đ, upper and lower case.
    assert "Khu công nghiệp Thanh Bình" in text and "Đất sạch, hạ tầng đồng bộ" in text
    loaded = page.evaluate("[...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.weight)")
    assert sorted(loaded) == ["400", "600", "700"]
    drawn = fonts_drawing(page)
    assert drawn, "Chromium reported no font"
    assert {family for family, custom in drawn if not custom or not family.startswith("Be Vietnam Pro")} == set()
    assert page.problems == []
