"""Demo investors, projects and targets, on top of `parks.demo` (run that first).

The 2022 article counts 8 projects in operation employing about 1,000 people,
about 80% of them local, and names one manufacturer, Lechenwood Vietnam Co.,
Ltd (wood processing). Lechenwood is real; its figures here are not known and
are marked illustrative. The other seven operating projects, and the ones
registered or under construction, are invented examples and say so in their
names and texts. The two targets are the article's.

`load_demo_projects()` is idempotent like `parks.demo.load_demo_park()`:
rows are found by their Vietnamese name (targets by their period) and saved
only when a value differs. Dates are fixed, never today's.
"""

from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils import translation

from core.batch import batched
from core.demo import Tally, both_languages, upsert
from parks.demo import (
    AGRI,
    ELECTRICAL,
    FABRICATED,
    MACHINERY,
    SECTORS,
    SUPPORTING,
    VERIFIED_ON,
)
from parks.models import Plot, Sector
from projects.models import Country, InvestmentTarget, Investor, Project

EARLIER_CHECK = date(2026, 9, 15)

ILLUSTRATIVE_TEXT = (
    "Dự án minh họa: tên doanh nghiệp, sản phẩm và mọi số liệu là ví dụ để giới thiệu cách cổng thông tin trình "
    "bày danh mục dự án, không phải thông tin về một doanh nghiệp có thật.",
    "Illustrative project: the company name, its products and every figure are an example of how the portal "
    "presents the project directory, not information about a real company.",
)

OPERATING, UNDER_CONSTRUCTION, REGISTERED = (
    Project.Status.OPERATING,
    Project.Status.UNDER_CONSTRUCTION,
    Project.Status.REGISTERED,
)

# investor (vi, en), country, website
INVESTORS = {
    "lechenwood": (("Công ty TNHH Lechenwood Việt Nam", "Lechenwood Vietnam Co., Ltd"), Country.VN, ""),
    "minh-an": (
        (
            "Công ty TNHH Chế biến Lâm sản Minh An (minh họa)",
            "Minh An Forest Products Processing Co., Ltd (illustrative)",
        ),
        Country.VN,
        "",
    ),
    "ba-be": (
        ("Công ty Cổ phần Nông sản Ba Bể (minh họa)", "Ba Be Agricultural Products JSC (illustrative)"),
        Country.VN,
        "",
    ),
    "hoa-nam": (
        ("Công ty TNHH Gỗ ghép Hoa Nam (minh họa)", "Hoa Nam Laminated Wood Co., Ltd (illustrative)"),
        Country.CN,
        "",
    ),
    "hanbit": (
        ("Công ty TNHH Phụ tùng Cơ khí Hanbit Vina (minh họa)", "Hanbit Vina Mechanical Parts Co., Ltd (illustrative)"),
        Country.KR,
        "",
    ),
    "tan-phong": (
        ("Công ty TNHH Bao bì Tân Phong (minh họa)", "Tan Phong Packaging Co., Ltd (illustrative)"),
        Country.TW,
        "",
    ),
    "aoba": (
        (
            "Công ty TNHH Máy Nông nghiệp Aoba Việt Nam (minh họa)",
            "Aoba Farm Machinery Vietnam Co., Ltd (illustrative)",
        ),
        Country.JP,
        "",
    ),
    "dong-a": (
        ("Công ty TNHH Viên nén Năng lượng Đông Á (minh họa)", "Dong A Energy Pellets Co., Ltd (illustrative)"),
        Country.VN,
        "",
    ),
    "bac-kan-xanh": (
        ("Công ty TNHH Dược liệu Bắc Kạn Xanh (minh họa)", "Green Bac Kan Herbal Materials Co., Ltd (illustrative)"),
        Country.VN,
        "",
    ),
    "hanul": (
        (
            "Công ty TNHH Linh kiện Điện Hanul Vina (minh họa)",
            "Hanul Vina Electrical Components Co., Ltd (illustrative)",
        ),
        Country.KR,
        "",
    ),
    "midori": (
        ("Công ty TNHH Thiết bị Điện Midori Việt Nam (minh họa)", "Midori Electric Vietnam Co., Ltd (illustrative)"),
        Country.JP,
        "",
    ),
    "cho-moi": (
        ("Công ty Cổ phần Cơ khí Chợ Mới (minh họa)", "Cho Moi Engineering JSC (illustrative)"),
        Country.VN,
        "",
    ),
}

# The eight operating projects sum to 1,000 workers, 800 of them local (80%), as in the article.
PROJECTS = [
    {
        "investor": "lechenwood",
        **both_languages(
            name=("Nhà máy chế biến gỗ Lechenwood", "Lechenwood wood processing plant"),
            products=("Sản phẩm gỗ chế biến.", "Processed wood products."),
            description=(
                "Công ty TNHH Lechenwood Việt Nam là doanh nghiệp chế biến gỗ đang sản xuất tại Khu công nghiệp "
                "Thanh Bình, được nêu tên trong bài viết năm 2022 của Cổng thông tin điện tử tỉnh Bắc Kạn cũ.\n\n"
                "Vốn đăng ký, diện tích, số lao động, lô đất và các mốc thời gian hiển thị ở đây là số liệu minh "
                "họa cho tới khi Ban Quản lý xác minh với doanh nghiệp.",
                "Lechenwood Vietnam Co., Ltd is a wood processor producing at Thanh Binh Industrial Park, named in "
                "a 2022 article of the e-portal of the former Bac Kan province.\n\n"
                "The registered capital, area, workforce, plot and dates shown here are illustrative until the "
                "Board has verified them with the company.",
            ),
        ),
        "sector": AGRI,
        "plot": "A1-04",
        "status": OPERATING,
        "capital_vnd": 150_000_000_000,
        "capital_usd": None,
        "land_area_m2": 60_000,
        "workers": 320,
        "local_workers": 262,
        "registration_date": date(2012, 3, 15),
        "operation_start": date(2013, 6, 1),
        "verified_on": VERIFIED_ON,
    },
    {
        "investor": "minh-an",
        **both_languages(
            name=("Nhà máy ván bóc và ván ép Minh An (minh họa)", "Minh An veneer and plywood mill (illustrative)"),
            products=("Ván bóc, ván ép từ gỗ rừng trồng.", "Veneer and plywood from plantation timber."),
        ),
        "sector": AGRI,
        "plot": "A1-01",
        "status": OPERATING,
        "capital_vnd": 45_000_000_000,
        "capital_usd": None,
        "land_area_m2": 52_000,
        "workers": 140,
        "local_workers": 118,
        "registration_date": date(2009, 8, 20),
        "operation_start": date(2010, 9, 1),
        "verified_on": EARLIER_CHECK,
    },
    {
        "investor": "ba-be",
        **both_languages(
            name=("Nhà máy chế biến miến dong Ba Bể (minh họa)", "Ba Be arrowroot noodle factory (illustrative)"),
            products=("Miến dong và nông sản sấy khô.", "Arrowroot glass noodles and dried farm produce."),
        ),
        "sector": AGRI,
        "plot": "A1-02",
        "status": OPERATING,
        "capital_vnd": 30_000_000_000,
        "capital_usd": None,
        "land_area_m2": 38_500,
        "workers": 85,
        "local_workers": 78,
        "registration_date": date(2014, 4, 2),
        "operation_start": date(2015, 5, 18),
        "verified_on": EARLIER_CHECK,
    },
    {
        "investor": "hoa-nam",
        **both_languages(
            name=("Nhà máy gỗ ghép thanh Hoa Nam (minh họa)", "Hoa Nam finger-jointed timber plant (illustrative)"),
            products=("Gỗ ghép thanh và phôi đồ gỗ.", "Finger-jointed boards and furniture blanks."),
        ),
        "sector": AGRI,
        "plot": "A1-06",
        "status": OPERATING,
        "capital_vnd": 120_000_000_000,
        "capital_usd": 5_000_000,
        "land_area_m2": 48_000,
        "workers": 150,
        "local_workers": 108,
        "registration_date": date(2017, 7, 11),
        "operation_start": date(2018, 10, 1),
        "verified_on": VERIFIED_ON,
    },
    {
        "investor": "hanbit",
        **both_languages(
            name=("Nhà máy phụ tùng cơ khí Hanbit (minh họa)", "Hanbit mechanical parts plant (illustrative)"),
            products=("Chi tiết cơ khí gia công và kết cấu thép nhỏ.", "Machined parts and small steel structures."),
        ),
        "sector": FABRICATED,
        "plot": "A1-05",
        "status": OPERATING,
        "capital_vnd": 95_000_000_000,
        "capital_usd": 4_000_000,
        "land_area_m2": 31_000,
        "workers": 110,
        "local_workers": 82,
        "registration_date": date(2018, 2, 26),
        "operation_start": date(2019, 3, 15),
        "verified_on": VERIFIED_ON,
    },
    {
        "investor": "tan-phong",
        **both_languages(
            name=("Nhà máy bao bì carton Tân Phong (minh họa)", "Tan Phong carton packaging plant (illustrative)"),
            products=("Thùng carton và bao bì cho doanh nghiệp trong vùng.", "Cartons and packaging for local makers."),
        ),
        "sector": SUPPORTING,
        "plot": "A2-03",
        "status": OPERATING,
        "capital_vnd": 60_000_000_000,
        "capital_usd": 2_500_000,
        "land_area_m2": 35_500,
        "workers": 70,
        "local_workers": 52,
        "registration_date": date(2015, 9, 8),
        "operation_start": date(2016, 8, 1),
        "verified_on": EARLIER_CHECK,
    },
    {
        "investor": "aoba",
        **both_languages(
            name=("Nhà máy máy nông nghiệp Aoba (minh họa)", "Aoba farm machinery plant (illustrative)"),
            products=("Máy sấy, máy bóc vỏ cho chế biến nông sản.", "Dryers and peelers for crop processing."),
        ),
        "sector": MACHINERY,
        "plot": "A2-01",
        "status": OPERATING,
        "capital_vnd": 80_000_000_000,
        "capital_usd": 3_400_000,
        "land_area_m2": 42_000,
        "workers": 60,
        "local_workers": 45,
        "registration_date": date(2019, 5, 6),
        "operation_start": date(2020, 11, 2),
        "verified_on": VERIFIED_ON,
    },
    {
        "investor": "dong-a",
        **both_languages(
            name=("Nhà máy viên nén gỗ Đông Á (minh họa)", "Dong A wood pellet plant (illustrative)"),
            products=("Viên nén gỗ làm chất đốt từ phụ phẩm chế biến gỗ.", "Wood fuel pellets from sawmill residue."),
        ),
        "sector": AGRI,
        "plot": "A2-02",
        "status": OPERATING,
        "capital_vnd": 55_000_000_000,
        "capital_usd": None,
        "land_area_m2": 56_000,
        "workers": 65,
        "local_workers": 55,
        "registration_date": date(2016, 1, 19),
        "operation_start": date(2017, 4, 3),
        "verified_on": EARLIER_CHECK,
    },
    # Registered since 2021: these count towards the targets.
    {
        "investor": "bac-kan-xanh",
        **both_languages(
            name=(
                "Nhà máy chế biến dược liệu Bắc Kạn Xanh (minh họa)",
                "Green Bac Kan herbal processing plant (illustrative)",
            ),
            products=(
                "Dược liệu sấy và chiết xuất từ cây trồng địa phương.",
                "Dried and extracted herbs from local crops.",
            ),
        ),
        "sector": AGRI,
        "plot": "A1-03",
        "status": UNDER_CONSTRUCTION,
        "capital_vnd": 210_000_000_000,
        "capital_usd": None,
        "land_area_m2": 45_000,
        "workers": 0,
        "local_workers": 0,
        "registration_date": date(2022, 6, 15),
        "operation_start": None,
        "verified_on": VERIFIED_ON,
    },
    {
        "investor": "hanul",
        **both_languages(
            name=("Nhà máy bó dây điện Hanul (minh họa)", "Hanul wiring harness plant (illustrative)"),
            products=("Bó dây điện cho thiết bị điện và xe máy.", "Wiring harnesses for appliances and motorbikes."),
        ),
        "sector": SUPPORTING,
        "plot": "A3-01",
        "status": UNDER_CONSTRUCTION,
        "capital_vnd": 180_000_000_000,
        "capital_usd": 7_200_000,
        "land_area_m2": 28_000,
        "workers": 0,
        "local_workers": 0,
        "registration_date": date(2023, 4, 10),
        "operation_start": None,
        "verified_on": VERIFIED_ON,
    },
    {
        "investor": "midori",
        **both_languages(
            name=("Nhà máy thiết bị đóng cắt Midori (minh họa)", "Midori switchgear plant (illustrative)"),
            products=("Thiết bị đóng cắt hạ thế.", "Low-voltage switchgear."),
        ),
        "sector": ELECTRICAL,
        "plot": "E2-01",
        "status": REGISTERED,
        "capital_vnd": 320_000_000_000,
        "capital_usd": 12_800_000,
        "land_area_m2": 30_000,
        "workers": 0,
        "local_workers": 0,
        "registration_date": date(2024, 9, 5),
        "operation_start": None,
        "verified_on": VERIFIED_ON,
    },
    {
        "investor": "cho-moi",
        **both_languages(
            name=("Xưởng chế tạo máy chế biến Chợ Mới (minh họa)", "Cho Moi processing machinery works (illustrative)"),
            products=("Máy chế biến gỗ và nông sản.", "Machines for wood and crop processing."),
        ),
        "sector": MACHINERY,
        "plot": "B1-05",
        "status": REGISTERED,
        "capital_vnd": 140_000_000_000,
        "capital_usd": None,
        "land_area_m2": 45_000,
        "workers": 0,
        "local_workers": 0,
        "registration_date": date(2025, 3, 20),
        "operation_start": None,
        "verified_on": VERIFIED_ON,
    },
]

TARGET_NOTE = (
    "Tiến độ được tính từ danh mục dự án trên cổng thông tin; danh mục hiện gồm nhiều dự án minh họa nên tiến độ "
    "cũng chỉ mang tính minh họa.",
    "Progress is computed from the portal's project directory; the directory currently holds illustrative "
    "projects, so the progress shown is illustrative too.",
)

TARGETS = [
    {
        "start_year": 2021,
        "end_year": 2025,
        **both_languages(
            title=(
                "Thu hút đầu tư vào Khu công nghiệp Thanh Bình giai đoạn 2021–2025",
                "Investment in Thanh Binh Industrial Park, 2021–2025",
            ),
            decision=(
                "Nghị quyết số 16-NQ/TU ngày 12/8/2021 của Ban Chấp hành Đảng bộ tỉnh Bắc Kạn cũ (khóa XII) về phát "
                "triển công nghiệp giai đoạn 2021–2025, định hướng đến năm 2030",
                "Resolution No. 16-NQ/TU of 12 August 2021 of the Party Committee of the former Bac Kan province "
                "(12th term) on industrial development for 2021–2025 with orientation to 2030",
            ),
            notes=(
                "Mục tiêu: khoảng 20 dự án đầu tư mới, vốn đăng ký trên 2.150 tỷ đồng. " + TARGET_NOTE[0],
                "Target: about 20 new projects with registered capital above VND 2,150 billion. " + TARGET_NOTE[1],
            ),
        ),
        "projects_target": 20,
        "capital_target_vnd": 2_150_000_000_000,
    },
    {
        "start_year": 2022,
        "end_year": 2022,
        **both_languages(
            title=("Mục tiêu thu hút đầu tư năm 2022", "Investment target for 2022"),
            decision=(
                "Mục tiêu năm 2022 của tỉnh Bắc Kạn cũ, theo bài viết năm 2022 của Cổng thông tin điện tử tỉnh (văn "
                "bản giao mục tiêu: Ban Quản lý sẽ xác nhận)",
                "The 2022 target of the former Bac Kan province, as its e-portal reported it in 2022 (the text that "
                "set it: to be confirmed by the Board)",
            ),
            notes=(
                "Mục tiêu: ít nhất 3 dự án đầu tư mới, vốn đăng ký mới trên 500 tỷ đồng. " + TARGET_NOTE[0],
                "Target: at least 3 new projects with new registered capital above VND 500 billion. " + TARGET_NOTE[1],
            ),
        ),
        "projects_target": 3,
        "capital_target_vnd": 500_000_000_000,
    },
]


def load_demo_projects():
    """Create or update the demo investors, projects and targets; return counts like load_demo_park()."""
    tally = Tally()
    with transaction.atomic(), batched(), translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        sector_names = {data["key"]: data["name_vi"] for data in SECTORS}
        sectors = {key: Sector.objects.get(name_vi=name) for key, name in sector_names.items()}

        investors = {}
        for key, ((name_vi, name_en), country, website) in INVESTORS.items():
            values = {**both_languages(name=(name_vi, name_en)), "country": country, "website": website}
            investors[key] = upsert(tally, Investor, {"name_vi": values.pop("name_vi")}, values)

        for data in PROJECTS:
            values = {k: v for k, v in data.items() if k not in ("investor", "sector", "plot", "name_vi")}
            plot = Plot.objects.select_related("zone__phase").get(code=data["plot"])
            is_lechenwood = data["investor"] == "lechenwood"
            values.update(
                investor=investors[data["investor"]],
                sector=sectors[data["sector"]],
                plot=plot,
                phase=plot.zone.phase,
                is_illustrative=True,
            )
            if not is_lechenwood:
                values.update(both_languages(description=ILLUSTRATIVE_TEXT))
            upsert(tally, Project, {"name_vi": data["name_vi"]}, values)

        for data in TARGETS:
            values = {k: v for k, v in data.items() if k not in ("start_year", "end_year")}
            values["verified_on"] = VERIFIED_ON
            upsert(tally, InvestmentTarget, {"start_year": data["start_year"], "end_year": data["end_year"]}, values)

    return tally.counts()
