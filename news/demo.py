"""Demo news: the source article retold in both languages, a few other posts, documents to download.

`load_demo_news()` is idempotent like parks.demo: rows are found by a stable
key (the Vietnamese slug or title, or a title an earlier version used), saved
only when a value differs, and photos and files are drawn (news/illustrations.py)
only when missing; a document's file is drawn again once when its text has
changed (the file name carries a digest of the text). One post
is scheduled 30 days ahead: a rerun keeps its time while it is still in the
future and moves it 30 days ahead again once it has passed, so the demo always
has a scheduled post. One post is a draft.
"""

import hashlib
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname

from core.batch import batched
from core.demo import DEMO_LANGUAGES, Tally, both_languages, demo_languages, upsert
from news.html import sanitize_html
from news.illustrations import draw_document_pdf, draw_scene, jpeg_bytes
from news.models import Category, Document, Post, PostPhoto
from news.services import process_post_photos

SCHEDULED_DAYS_AHEAD = 30


def _at(year, month, day, hour=8, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(settings.TIME_ZONE))


CATEGORIES = [
    {
        "key": "investment",
        **both_languages(
            name=("Xúc tiến đầu tư", "Investment promotion"),
            slug=("xuc-tien-dau-tu", "investment-promotion"),
            description=(
                "Chính sách, mục tiêu và cơ hội đầu tư vào Khu công nghiệp Thanh Bình.",
                "Policies, targets and opportunities for investors in Thanh Binh Industrial Park.",
            ),
        ),
    },
    {
        "key": "board",
        **both_languages(
            name=("Hoạt động của Ban Quản lý", "Board activities"),
            slug=("hoat-dong-ban-quan-ly", "board-activities"),
            description=(
                "Công việc hằng ngày của Ban Quản lý với doanh nghiệp trong khu.",
                "The Board's day-to-day work with the companies in the park.",
            ),
        ),
    },
    {
        "key": "notices",
        **both_languages(
            name=("Thông báo", "Notices"),
            slug=("thong-bao", "notices"),
            description=(
                "Thông báo chính thức cho nhà đầu tư và doanh nghiệp.",
                "Official notices for investors and companies.",
            ),
        ),
    },
]

SOURCE_ARTICLE_BODY_VI = """
<p>Khu công nghiệp Thanh Bình đã đi vào hoạt động khoảng 15 năm. Sau một giai đoạn một số dự án hoạt động cầm chừng, Ban Quản lý Khu công nghiệp Thanh Bình tập trung vào ba việc: tư vấn và hướng dẫn nhà đầu tư ngay từ khi tìm hiểu, rà soát thủ tục pháp lý và đôn đốc tiến độ các dự án đã đăng ký, và cùng các sở, ngành tham mưu cho tỉnh gỡ khó khăn cho doanh nghiệp.</p>
<h2>Khu công nghiệp hôm nay</h2>
<ul>
<li>8 dự án đang hoạt động và có sản phẩm.</li>
<li>Khoảng 1.000 lao động, trong đó khoảng 80% là người địa phương.</li>
<li>Thu nhập bình quân khoảng 6 triệu đồng mỗi người mỗi tháng.</li>
</ul>
<p>Tỉnh đang hoàn thiện hạ tầng giai đoạn I (73,5 ha), chuẩn bị phần mở rộng giai đoạn I theo quy hoạch (51 ha) và đầu tư hạ tầng kỹ thuật giai đoạn II (80,3 ha).</p>
<h2>Mục tiêu đến năm 2025</h2>
<p>Theo Nghị quyết số 16-NQ/TU ngày 12/8/2021 của Ban Chấp hành Đảng bộ tỉnh Bắc Kạn cũ (khóa XII) về phát triển công nghiệp giai đoạn 2021–2025, định hướng đến năm 2030, tỉnh đặt mục tiêu thu hút khoảng 20 dự án mới vào khu công nghiệp, với tổng vốn đăng ký trên 2.150 tỷ đồng. Riêng năm 2022, mục tiêu là ít nhất 3 dự án mới với trên 500 tỷ đồng vốn đăng ký.</p>
<h2>Những ngành được ưu tiên</h2>
<p>Ở giai đoạn I, tỉnh ưu tiên nhà đầu tư có năng lực và dự án phù hợp với lợi thế của địa phương. Ở giai đoạn II và phần mở rộng giai đoạn I, tỉnh mời gọi các dự án chế biến, chế tạo:</p>
<ul>
<li>chế biến nông, lâm sản;</li>
<li>sản phẩm điện tử, máy vi tính và sản phẩm quang học;</li>
<li>thiết bị điện;</li>
<li>sản xuất kim loại và sản phẩm từ kim loại đúc sẵn;</li>
<li>máy móc, thiết bị;</li>
<li>công nghiệp phụ trợ.</li>
</ul>
<p>Dự án có nguy cơ gây ô nhiễm môi trường sẽ không được tiếp nhận. Tỉnh đặc biệt quan tâm đến nhà đầu tư chiến lược, thương hiệu đã có chỗ đứng, và các dự án tạo liên kết vùng, chuỗi cung ứng và sức lan tỏa.</p>
<h2>Cam kết với nhà đầu tư</h2>
<p>Tỉnh cam kết tiếp tục cải cách hành chính, cải thiện môi trường kinh doanh, xúc tiến đầu tư tại chỗ, giải quyết nhanh vướng mắc của doanh nghiệp đang hoạt động và đối xử bình đẳng giữa nhà đầu tư trong nước và nước ngoài. Tỉnh cũng hỗ trợ hoàn thiện hạ tầng để có mặt bằng sạch, kết nối giao thông và đào tạo lao động.</p>
<p>Ban Quản lý phối hợp với Công ty Cổ phần Onsen Fuji Bắc Kạn xúc tiến đầu tư hạ tầng và thu hút nhà đầu tư thứ cấp, đồng thời tổ chức các buổi làm việc để kết nối doanh nghiệp với các cơ sở cung ứng nguyên liệu đầu vào.</p>
"""

SOURCE_ARTICLE_BODY_EN = """
<p>Thanh Binh Industrial Park has been operating for about 15 years. After a period in which some projects were only ticking over, the Management Board of Thanh Binh Industrial Park has concentrated on three things: advising investors from their very first inquiry, reviewing the legal procedures and keeping registered projects on schedule, and working with the provincial departments to clear the obstacles companies run into.</p>
<h2>The park today</h2>
<ul>
<li>8 projects in operation, all with products on the market.</li>
<li>About 1,000 workers, around 80% of them from the local area.</li>
<li>An average income of about VND 6 million per worker per month.</li>
</ul>
<p>The province is completing the infrastructure of Phase I (73.5 ha), preparing the planned extension of Phase I (51 ha) and investing in the technical infrastructure of Phase II (80.3 ha).</p>
<h2>Targets to 2025</h2>
<p>Under Resolution No. 16-NQ/TU of 12 August 2021 of the Party Committee of the former Bac Kan province (12th term) on industrial development for 2021–2025 with orientation to 2030, the province aims to bring about 20 new projects into the park, with more than VND 2,150 billion of registered capital. For 2022 alone, the target was at least 3 new projects and more than VND 500 billion of new registered capital.</p>
<h2>The sectors the province wants</h2>
<p>In Phase I the province gives priority to capable investors whose projects fit the area's strengths. In Phase II and the Phase I extension it invites processing and manufacturing projects:</p>
<ul>
<li>agricultural and forest product processing;</li>
<li>electronics, computers and optical products;</li>
<li>electrical equipment;</li>
<li>basic metals and fabricated metal products;</li>
<li>machinery and equipment;</li>
<li>supporting industries.</li>
</ul>
<p>Projects with a risk of polluting the environment are not accepted. Strategic investors, established brands and projects that build regional links, supply chains and spill-over effects are especially welcome.</p>
<h2>What investors can expect</h2>
<p>The province commits to further administrative reform, a better business environment, investment promotion on the spot, quick help for companies already in the park, and equal treatment of domestic and foreign investors. It also supports clean, serviced land, transport links and workforce training.</p>
<p>The Board works with Onsen Fuji Bac Kan Joint Stock Company to promote investment in the infrastructure and to attract secondary investors, and it arranges meetings that connect companies with local suppliers of raw materials.</p>
"""

POSTS = [
    {
        "category": "investment",
        "scene": "factories",
        "publish_at": _at(2022, 9, 15, 8, 30),
        "status": Post.Status.PUBLISHED,
        "featured": True,
        **both_languages(
            title=(
                "Thu hút đầu tư vào Khu công nghiệp Thanh Bình",
                "Attracting investment to Thanh Binh Industrial Park",
            ),
            slug=(
                "thu-hut-dau-tu-vao-khu-cong-nghiep-thanh-binh",
                "attracting-investment-to-thanh-binh-industrial-park",
            ),
            lead=(
                "Sau khoảng 15 năm hoạt động, Khu công nghiệp Thanh Bình có 8 dự án đang sản xuất. Tỉnh đặt mục tiêu "
                "thu hút khoảng 20 dự án mới trong giai đoạn 2021–2025, ưu tiên chế biến, chế tạo.",
                "After about 15 years in operation, Thanh Binh Industrial Park has 8 projects in production. The "
                "province aims to attract about 20 new projects in 2021–2025, with processing and manufacturing first.",
            ),
            body=(SOURCE_ARTICLE_BODY_VI, SOURCE_ARTICLE_BODY_EN),
            cover_alt=(
                "Tranh minh họa: ba nhà xưởng mái răng cưa trước dãy đồi xanh.",
                "Illustration: three saw-tooth-roofed factory halls in front of green hills.",
            ),
            cover_caption=(
                "Khu công nghiệp ưu tiên các dự án chế biến, chế tạo trong giai đoạn tới (tranh minh họa).",
                "The park gives priority to processing and manufacturing projects in the years ahead (illustration).",
            ),
            source_name=(
                "Cổng thông tin điện tử tỉnh Bắc Kạn cũ, 2022",
                "E-portal of the former Bac Kan province, 2022",
            ),
            author=("Ban biên tập", "Editorial team"),
        ),
        "photos": [
            (
                "meeting",
                (
                    "Tranh minh họa: phòng họp với bản đồ quy hoạch trên tường.",
                    "Illustration: a meeting room with the land-use plan on the wall.",
                ),
                (
                    "Lãnh đạo tỉnh xem quy hoạch sử dụng đất của khu công nghiệp để kêu gọi đầu tư giai đoạn tới "
                    "(tranh minh họa).",
                    "Provincial leaders review the park's land-use plan ahead of the next round of investment "
                    "promotion (illustration).",
                ),
            ),
            (
                "timber",
                (
                    "Tranh minh họa: những khúc gỗ xếp chồng cạnh một nhà xưởng.",
                    "Illustration: stacked logs beside a factory hall.",
                ),
                (
                    "Chế biến gỗ tại một doanh nghiệp trong khu, như Công ty TNHH Lechenwood Việt Nam (tranh minh họa).",
                    "Wood processing at a company in the park, such as Lechenwood Vietnam Co., Ltd (illustration).",
                ),
            ),
        ],
    },
    {
        "category": "investment",
        "scene": "construction",
        "publish_at": _at(2024, 5, 20, 9, 0),
        "status": Post.Status.PUBLISHED,
        **both_languages(
            title=(
                "Giai đoạn II: hạ tầng kỹ thuật trên 80,3 ha đang được đầu tư",
                "Phase II: technical infrastructure on 80.3 ha under way",
            ),
            slug=("giai-doan-ii-ha-tang-ky-thuat-dang-duoc-dau-tu", "phase-ii-technical-infrastructure-under-way"),
            lead=(
                "Đường nội bộ, cấp điện, cấp nước và xử lý nước thải của giai đoạn II đang được xây dựng để bàn giao "
                "mặt bằng sạch cho nhà đầu tư chế biến, chế tạo.",
                "Internal roads, power, water and wastewater treatment for Phase II are being built so that clean, "
                "serviced land can be handed to processing and manufacturing investors.",
            ),
            body=(
                "<p>Giai đoạn II của Khu công nghiệp Thanh Bình rộng 80,3 ha. Theo báo chí, vốn đầu tư hạ tầng kỹ "
                "thuật vào khoảng 390 tỷ đồng; Ban Quản lý đang xác minh con số này.</p>"
                "<h2>Những hạng mục chính</h2><ul><li>đường nội bộ nối với quốc lộ;</li><li>lưới điện và trạm "
                "biến áp;</li><li>cấp nước sạch;</li><li>nhà máy xử lý nước thải tập trung.</li></ul>"
                "<p>Nhà đầu tư quan tâm có thể liên hệ Ban Quản lý để xem tiến độ và đăng ký khảo sát thực địa.</p>",
                "<p>Phase II of Thanh Binh Industrial Park covers 80.3 ha. Press reports put the investment in its "
                "technical infrastructure at about VND 390 billion; the Board is verifying the figure.</p>"
                "<h2>The main works</h2><ul><li>internal roads linked to the national highway;</li><li>the power "
                "grid and a substation;</li><li>clean water supply;</li><li>a central wastewater treatment "
                "plant.</li></ul>"
                "<p>Interested investors can ask the Board for the current progress and book a site visit.</p>",
            ),
            cover_alt=(
                "Tranh minh họa: cần cẩu màu hổ phách bên khung nhà xưởng đang xây.",
                "Illustration: an amber crane beside the frame of a factory under construction.",
            ),
            cover_caption=(
                "Hạ tầng giai đoạn II đang xây dựng (tranh minh họa).",
                "Phase II infrastructure under construction (illustration).",
            ),
            author=("Ban biên tập", "Editorial team"),
        ),
        "photos": [
            (
                "lake",
                ("Tranh minh họa: mặt hồ xanh giữa những đồi cây.", "Illustration: a blue lake among wooded hills."),
                (
                    "Cảnh quan quanh khu công nghiệp: đồi rừng và mặt nước (tranh minh họa).",
                    "The landscape around the park: forested hills and water (illustration).",
                ),
            )
        ],
    },
    {
        "category": "board",
        "scene": "timber",
        "publish_at": _at(2023, 3, 10, 14, 0),
        "status": Post.Status.PUBLISHED,
        **both_languages(
            title=(
                "Kết nối doanh nghiệp với vùng nguyên liệu gỗ",
                "Connecting companies with local timber suppliers",
            ),
            slug=("ket-noi-doanh-nghiep-voi-vung-nguyen-lieu-go", "connecting-companies-with-timber-suppliers"),
            lead=(
                "Ban Quản lý tổ chức buổi làm việc giữa doanh nghiệp chế biến gỗ trong khu và các cơ sở cung ứng "
                "nguyên liệu của địa phương.",
                "The Board brought the park's wood-processing companies together with local suppliers of raw timber.",
            ),
            body=(
                "<p>Như đã cam kết trong kế hoạch xúc tiến đầu tư, Ban Quản lý tổ chức cho doanh nghiệp đi khảo sát "
                "vùng nguyên liệu và làm việc trực tiếp với các đơn vị cung ứng.</p>"
                "<p>Các bên trao đổi về sản lượng, chất lượng gỗ và lịch giao hàng. Ban Quản lý sẽ tiếp tục tổ chức "
                "những buổi gặp như vậy cho các ngành khác.</p>"
                "<p><em>Bài viết minh họa cho nội dung mẫu của cổng thông tin.</em></p>",
                "<p>As promised in the investment promotion plan, the Board took companies to see the areas that "
                "grow their raw materials and to meet the suppliers in person.</p>"
                "<p>They discussed volumes, timber quality and delivery schedules. The Board will hold similar "
                "meetings for other sectors.</p>"
                "<p><em>A sample post in the portal's demo content.</em></p>",
            ),
            cover_alt=(
                "Tranh minh họa: gỗ tròn xếp chồng trước nhà xưởng.",
                "Illustration: round logs stacked in front of a factory hall.",
            ),
            author=("Ban biên tập", "Editorial team"),
        ),
    },
    {
        "category": "notices",
        "scene": "lake",
        "publish_at": _at(2025, 7, 1, 7, 30),
        "status": Post.Status.PUBLISHED,
        **both_languages(
            title=(
                "Hợp nhất tỉnh Bắc Kạn và tỉnh Thái Nguyên thành tỉnh Thái Nguyên từ ngày 01/7/2025: điều nhà đầu tư "
                "cần biết",
                "Bac Kan and Thai Nguyen provinces merged into Thai Nguyen province on 1 July 2025: what investors "
                "need to know",
            ),
            slug=("bac-kan-hop-nhat-vao-tinh-thai-nguyen", "bac-kan-merged-into-thai-nguyen"),
            lead=(
                "Khu công nghiệp vẫn mang tên Thanh Bình; địa chỉ hành chính và nơi tiếp nhận hồ sơ có thể thay đổi.",
                "The park keeps the name Thanh Binh; its administrative address and the offices that receive "
                "applications may change.",
            ),
            body=(
                "<p>Theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, từ ngày 01/7/2025 tỉnh Bắc Kạn "
                "và tỉnh Thái Nguyên được hợp nhất thành tỉnh Thái Nguyên; chính quyền địa phương còn hai cấp là tỉnh "
                "và xã. Dự án đang hoạt động trong khu công nghiệp tiếp tục hoạt động bình thường.</p>"
                "<p>Ban Quản lý sẽ xác nhận tên xã nơi khu công nghiệp tọa lạc và cập nhật địa chỉ, đầu mối liên hệ "
                "và nơi nộp hồ sơ trên cổng thông tin này. Khi cần, nhà đầu tư hãy liên hệ trực tiếp Ban Quản lý.</p>",
                "<p>Under Resolution No. 202/2025/QH15 of 12 June 2025 of the National Assembly, Bac Kan and Thai "
                "Nguyen provinces were merged into Thai Nguyen province on 1 July 2025, and local government now has "
                "two levels, province and commune. Projects already operating in the park carry on as before.</p>"
                "<p>The Board will confirm the name of the park's commune and update its address, contacts and where "
                "to file applications on this portal. In the meantime investors can contact the Board directly.</p>",
            ),
            cover_alt=(
                "Tranh minh họa: mặt hồ xanh và đồi rừng.",
                "Illustration: a blue lake and forested hills.",
            ),
            author=("Ban Quản lý Khu công nghiệp Thanh Bình", "Management Board of Thanh Binh Industrial Park"),
        ),
    },
    {
        "category": "notices",
        "scene": "meeting",
        "scheduled": True,
        "status": Post.Status.PUBLISHED,
        **both_languages(
            title=("Ngày tiếp nhà đầu tư tại Khu công nghiệp Thanh Bình", "Investor day at Thanh Binh Industrial Park"),
            slug=("ngay-tiep-nha-dau-tu", "investor-day"),
            lead=(
                "Ban Quản lý mời nhà đầu tư đến thăm khu công nghiệp, xem quỹ đất và gặp các phòng chuyên môn.",
                "The Board invites investors to visit the park, see the land on offer and meet its departments.",
            ),
            body=(
                "<p>Trong ngày tiếp nhà đầu tư, Ban Quản lý giới thiệu quỹ đất giai đoạn II và phần mở rộng giai "
                "đoạn I, các ưu đãi đầu tư và thủ tục. Nhà đầu tư sẽ được đưa đi xem thực địa.</p>"
                "<p>Vui lòng đăng ký trước qua trang Liên hệ.</p>",
                "<p>At the investor day the Board presents the land in Phase II and the Phase I extension, the "
                "incentives and the procedures, followed by a tour of the site.</p>"
                "<p>Please register in advance through the Contact page.</p>",
            ),
            cover_alt=(
                "Tranh minh họa: phòng họp với bản đồ quy hoạch.",
                "Illustration: a meeting room with the master plan.",
            ),
            author=("Ban Quản lý Khu công nghiệp Thanh Bình", "Management Board of Thanh Binh Industrial Park"),
        ),
    },
    {
        "category": "board",
        "scene": "factories",
        "publish_at": _at(2026, 1, 5, 8, 0),
        "status": Post.Status.DRAFT,
        **both_languages(
            title=(
                "Tập huấn an toàn lao động cho doanh nghiệp trong khu (bản nháp)",
                "Workplace safety training for companies in the park (draft)",
            ),
            slug=("tap-huan-an-toan-lao-dong", "workplace-safety-training"),
            lead=(
                "Bản nháp: nội dung đang được Ban Quản lý hoàn thiện.",
                "Draft: the Board is still writing this post.",
            ),
            body=(
                "<p>Nội dung đang soạn.</p>",
                "<p>Being written.</p>",
            ),
            cover_alt=(
                "Tranh minh họa: nhà xưởng trong khu công nghiệp.",
                "Illustration: factory halls in the park.",
            ),
        ),
    },
]

DOCUMENTS = [
    {
        "kind": Document.Kind.BROCHURE,
        "published_on": _at(2025, 10, 1).date(),
        "order": 1,
        "seed": 1,
        **both_languages(
            title=("Hồ sơ giới thiệu Khu công nghiệp Thanh Bình", "Thanh Binh Industrial Park at a glance"),
            description=(
                "Các giai đoạn, quỹ đất, hạ tầng và ngành nghề ưu tiên trên một trang.",
                "Phases, land, infrastructure and priority sectors on one page.",
            ),
        ),
        "pages": (
            [
                "Giai đoạn I: 73,5 ha. Mở rộng giai đoạn I: 51 ha. Giai đoạn II: 80,3 ha.",
                "Ưu tiên chế biến, chế tạo: nông lâm sản, điện tử, thiết bị điện, kim loại, máy móc, công nghiệp "
                "phụ trợ. Không tiếp nhận dự án có nguy cơ gây ô nhiễm môi trường.",
                "Tài liệu mẫu của cổng thông tin.",
            ],
            [
                "Phase I: 73.5 ha. Phase I extension: 51 ha. Phase II: 80.3 ha.",
                "Priority to processing and manufacturing: agricultural and forest products, electronics, electrical "
                "equipment, metals, machinery, supporting industries. Projects with a risk of polluting the "
                "environment are not accepted.",
                "A sample document of the portal.",
            ],
        ),
    },
    {
        "kind": Document.Kind.LEGAL,
        "published_on": _at(2021, 8, 12).date(),
        "order": 1,
        "seed": 2,
        # The title an earlier version of the demo gave it, so that a rerun renames the row instead of adding one.
        "former_titles_vi": ["Tóm tắt Nghị quyết 16-NQ/TU về phát triển công nghiệp giai đoạn 2021–2025"],
        **both_languages(
            title=(
                "Tóm tắt Nghị quyết số 16-NQ/TU về phát triển công nghiệp giai đoạn 2021–2025",
                "Summary of Resolution No. 16-NQ/TU on industrial development 2021–2025",
            ),
            description=(
                "Bản tóm tắt các mục tiêu liên quan đến khu công nghiệp (chỉ có tiếng Việt).",
                "",
            ),
        ),
        "pages": (
            [
                "Nghị quyết số 16-NQ/TU ngày 12/8/2021 của Ban Chấp hành Đảng bộ tỉnh Bắc Kạn cũ (khóa XII): khoảng "
                "20 dự án mới vào khu công nghiệp giai đoạn 2021–2025, vốn đăng ký trên 2.150 tỷ đồng.",
                "Tài liệu mẫu của cổng thông tin.",
            ],
            None,
        ),
    },
]


def _draw_photo(scene, seed):
    return ContentFile(jpeg_bytes(draw_scene(scene, seed)))


def _file_missing(field_file):
    return not field_file or not field_file.storage.exists(field_file.name)


def load_demo_news():
    """Create or update the demo news; return counts of rows created, updated and left unchanged."""
    tally = Tally()
    now = timezone.now()
    with transaction.atomic(), batched(), translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        categories = {}
        for order, data in enumerate(CATEGORIES, start=1):
            values = {k: v for k, v in data.items() if k not in ("key", "slug_vi")}
            values["order"] = order
            categories[data["key"]] = upsert(tally, Category, {"slug_vi": data["slug_vi"]}, values)

        for seed, data in enumerate(POSTS, start=1):
            values = {k: v for k, v in data.items() if k not in ("category", "scene", "photos", "scheduled", "slug_vi")}
            for code in demo_languages():
                body = build_localized_fieldname("body", code)
                values[body] = sanitize_html(values[body])
            values["category"] = categories[data["category"]]
            values.setdefault("featured", False)
            existing = Post.objects.filter(slug_vi=data["slug_vi"]).first()
            if data.get("scheduled"):
                if existing is not None and existing.publish_at > now:
                    values["publish_at"] = existing.publish_at
                else:
                    values["publish_at"] = (now + timedelta(days=SCHEDULED_DAYS_AHEAD)).replace(second=0, microsecond=0)
            if existing is not None and existing.cover:
                # The photo is kept; the alt text that goes with it is checked on save.
                values["cover"] = existing.cover
            post = upsert(tally, Post, {"slug_vi": data["slug_vi"]}, values)
            if _file_missing(post.cover):
                post.cover.save(f"demo-{data['slug_vi'][:40]}.jpg", _draw_photo(data["scene"], seed), save=False)
                post.save(update_fields=["cover"])
                tally.updated += 1
            for order, (scene, alt, caption) in enumerate(data.get("photos", []), start=1):
                photo = PostPhoto.objects.filter(post=post, order=order).first()
                photo_values = both_languages(alt=alt, caption=caption)
                if photo is None or _file_missing(photo.image):
                    photo = photo or PostPhoto(post=post, order=order)
                    for field, value in photo_values.items():
                        setattr(photo, field, value)
                    photo.image.save(
                        f"demo-{scene}-{seed}-{order}.jpg", _draw_photo(scene, seed * 10 + order), save=False
                    )
                    photo.save()
                    tally.created += 1
                else:
                    upsert(tally, PostPhoto, {"pk": photo.pk}, photo_values)
            process_post_photos(post=post)

        for data in DOCUMENTS:
            values = {k: v for k, v in data.items() if k not in ("seed", "pages", "former_titles_vi")}
            titles = [data["title_vi"], *data.get("former_titles_vi", [])]
            document = Document.objects.filter(title_vi__in=titles).first()
            for code, lines in zip(DEMO_LANGUAGES, data["pages"], strict=True):
                if lines is None or code not in demo_languages():
                    continue
                current = getattr(document, build_localized_fieldname("file", code), None) if document else None
                title = data[build_localized_fieldname("title", code)] or data["title_vi"]
                digest = hashlib.sha256("\n".join([title, *lines]).encode()).hexdigest()[:10]
                if current and not _file_missing(current) and digest in current.name:
                    values[build_localized_fieldname("file", code)] = current
                    continue
                pdf = ContentFile(
                    draw_document_pdf(title, lines, data["seed"]),
                    name=f"demo-document-{data['seed']}-{code}-{digest}.pdf",
                )
                values[build_localized_fieldname("file", code)] = pdf
            lookup = {"pk": document.pk} if document else {"title_vi": data["title_vi"]}
            upsert(tally, Document, lookup, values)
    return tally.counts()
