"""Demo content of the park: the park, its phases, zones and plots, sectors, infrastructure, connections and
incentives.

`load_demo_park()` creates or updates every row from the facts in
shared/source/FACTS.md, written anew in Vietnamese (the source language) and
English. It is idempotent: each row is looked up by a stable key (the
Vietnamese name or title, a plot code, a zone's phase and code), and a row
whose values already match is not saved again, so a second run changes
nothing. Figures the sources do not give (plots, prices, distances, dates) are
illustrative and say so in the text.
"""

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import translation

from core.batch import batched
from core.demo import Tally, both_languages, set_m2m, upsert
from parks.models import Connection, Incentive, IncentiveRule, Infrastructure, Park, Phase, Plot, Sector, Zone

# Fixed dates, never today's: a rerun must not change a single field.
VERIFIED_ON = date(2026, 10, 1)
PHASE_I_LEASE_END = date(2057, 12, 31)
NEW_LAND_LEASE_END = date(2072, 12, 31)


# --------------------------------------------------------------------------- park

PARK = {
    **both_languages(
        name=("Khu công nghiệp Thanh Bình", "Thanh Binh Industrial Park"),
        short_name=("KCN Thanh Bình", "Thanh Binh IP"),
        tagline=(
            "Đất công nghiệp cho các dự án chế biến, chế tạo trên trục Hà Nội – Thái Nguyên – Cao Bằng",
            "Industrial land for processing and manufacturing on the Hanoi – Thai Nguyen – Cao Bang corridor",
        ),
        description=(
            "Khu công nghiệp Thanh Bình nằm ở tỉnh Thái Nguyên (trước ngày 01/7/2025 thuộc tỉnh Bắc Kạn cũ) và "
            "đã hoạt động khoảng 15 năm tính đến năm 2022. Theo số liệu năm 2022, khu công nghiệp có 8 dự án "
            "đang sản xuất, tạo việc làm cho khoảng 1.000 lao động, trong đó khoảng 80% là người địa phương; "
            "một trong các doanh nghiệp đang hoạt động là Công ty TNHH Lechenwood Việt Nam, chuyên chế biến gỗ.\n\n"
            "Giai đoạn I (73,5 ha) đã cho thuê hết đất có hạ tầng. Tỉnh đang mở rộng giai đoạn I thêm 51 ha "
            "theo quy hoạch và đầu tư hạ tầng kỹ thuật giai đoạn II (80,3 ha), dành cho các dự án chế biến, chế "
            "tạo; không tiếp nhận dự án có nguy cơ gây ô nhiễm môi trường. Ban Quản lý Khu công nghiệp Thanh Bình "
            "phối hợp với Công ty Cổ phần Onsen Fuji Bắc Kạn đồng hành cùng nhà đầu tư từ buổi trao đổi đầu tiên "
            "đến khi nhà máy đi vào sản xuất.\n\n"
            "Lưu ý: tổng diện tích quy hoạch khoảng 153 ha, danh sách lô đất, giá thuê, khoảng cách và một số "
            "thông số hạ tầng trên cổng thông tin là số liệu minh họa hoặc chưa được xác minh; Ban Quản lý sẽ "
            "cập nhật khi kiểm tra xong.",
            "Thanh Binh Industrial Park lies in Thai Nguyen province (in the former Bac Kan province until "
            "1 July 2025) and had been operating for about 15 years by 2022. In 2022 the park counted 8 projects "
            "in production, employing about 1,000 people, around 80% of them from the local area; one of the "
            "manufacturers on site is Lechenwood Vietnam Co., Ltd, a wood processor.\n\n"
            "All serviced land in Phase I (73.5 ha) is leased. The province is adding a 51 ha extension to Phase I "
            "under the approved plan and building the technical infrastructure of Phase II (80.3 ha), both meant "
            "for processing and manufacturing projects; projects with a risk of polluting the environment are not "
            "accepted. The Management Board of Thanh Binh Industrial Park works with Onsen Fuji Bac Kan Joint Stock "
            "Company to support investors from the first conversation until the factory starts production.\n\n"
            "Please note: the total planned area of about 153 ha, the list of plots, lease prices, distances and "
            "some infrastructure figures on this portal are illustrative or not yet verified; the Board will "
            "update them once they have been checked.",
        ),
        address=(
            "Khu công nghiệp Thanh Bình, tỉnh Thái Nguyên (tên xã hiện nay: Ban Quản lý sẽ xác nhận; địa chỉ trước "
            "ngày 01/7/2025: xã Thanh Bình cũ, huyện Chợ Mới cũ, tỉnh Bắc Kạn cũ)",
            "Thanh Binh Industrial Park, Thai Nguyen province (current commune: to be confirmed by the Board; "
            "address before 1 July 2025: former Thanh Binh commune, former Cho Moi district, former Bac Kan province)",
        ),
        operator=("Ban Quản lý Khu công nghiệp Thanh Bình", "Management Board of Thanh Binh Industrial Park"),
        infrastructure_partner=("Công ty Cổ phần Onsen Fuji Bắc Kạn", "Onsen Fuji Bac Kan Joint Stock Company"),
        office_hours=(
            "Thứ Hai – Thứ Sáu: 7:30–11:30 và 13:30–17:00 (trừ ngày lễ)",
            "Monday to Friday, 7:30–11:30 and 13:30–17:00 (except public holidays)",
        ),
    ),
    # The park's position, approximate: enough for the schematic corridor map.
    "latitude": Decimal("21.860000"),
    "longitude": Decimal("105.780000"),
    "year_opened": 2007,
    "total_area_ha": Decimal("153"),
    "average_monthly_income_vnd": 6_000_000,
    "phone": "+84 209 3 800 000",
    "email": "investment@thanhbinh-ip.example",
    "verified_on": VERIFIED_ON,
}

# --------------------------------------------------------------------------- phases, zones, plots

PHASES = [
    {
        "key": "I",
        **both_languages(
            name=("Giai đoạn I", "Phase I"),
            summary=(
                "73,5 ha; toàn bộ đất có hạ tầng đã được cho thuê, các hạng mục hạ tầng còn lại đang được hoàn thiện.",
                "73.5 ha; all serviced land is leased and the remaining infrastructure works are being completed.",
            ),
            description=(
                "Giai đoạn I là phần khu công nghiệp đã đi vào hoạt động, nơi các doanh nghiệp hiện hữu đang sản "
                "xuất, trong đó có doanh nghiệp chế biến gỗ. Theo báo chí năm 2024, toàn bộ đất có hạ tầng của "
                "giai đoạn này đã được cho thuê; tỉnh đang hoàn thiện các hạng mục hạ tầng còn lại.\n\n"
                "Ở giai đoạn I, tỉnh ưu tiên các nhà đầu tư có năng lực với dự án phù hợp tiềm năng, lợi thế của "
                "địa phương. Nhà đầu tư mới đang tìm đất xin xem phần mở rộng giai đoạn I và giai đoạn II. Tỷ lệ "
                "hoàn thành hạ tầng và các lô đất hiển thị là số liệu minh họa.",
                "Phase I is the part of the park already in operation, where the current tenants, among them a "
                "wood processor, are producing. According to 2024 press reports, all of its serviced land has been "
                "leased; the province is completing the remaining infrastructure works.\n\n"
                "In Phase I the province gives priority to capable investors whose projects suit the local "
                "strengths. New investors looking for land should see the Phase I extension and Phase II. The "
                "infrastructure progress and the plots shown are illustrative.",
            ),
        ),
        "order": 1,
        "area_ha": Decimal("73.5"),
        "status": Phase.Status.FULLY_LEASED,
        "infrastructure_progress": 90,
        "infrastructure_investment_vnd": None,
        "expected_handover": None,
    },
    {
        "key": "E",
        **both_languages(
            name=("Mở rộng giai đoạn I", "Phase I extension"),
            summary=(
                "Khoảng 51 ha mở rộng theo quy hoạch, dành cho các dự án chế biến, chế tạo; đang chuẩn bị đầu tư.",
                "About 51 ha added under the approved plan for processing and manufacturing projects; in preparation.",
            ),
            description=(
                "Phần mở rộng giai đoạn I có diện tích khoảng 51 ha theo quy hoạch. Khu vực này dành cho bảy "
                "nhóm ngành chế biến, chế tạo được ưu tiên và không tiếp nhận dự án có nguy cơ gây ô nhiễm môi "
                "trường.\n\n"
                "Hạ tầng phần mở rộng chưa được xây dựng; thời điểm bàn giao đất, phân khu và danh sách lô đất "
                "hiện chỉ mang tính minh họa. Nhà đầu tư quan tâm có thể đăng ký sớm để Ban Quản lý tư vấn vị trí "
                "và quy mô phù hợp.",
                "The Phase I extension covers about 51 ha under the approved plan. It is reserved for the seven "
                "priority processing and manufacturing sectors; projects with a risk of polluting the environment "
                "are not accepted.\n\n"
                "The extension's infrastructure has not been built yet; the handover date, the zones and the list "
                "of plots are illustrative for now. Interested investors can register early so that the Board can "
                "advise on a suitable location and size.",
            ),
        ),
        "order": 2,
        "area_ha": Decimal("51"),
        "status": Phase.Status.PLANNED,
        "infrastructure_progress": 0,
        "infrastructure_investment_vnd": None,
        "expected_handover": date(2028, 6, 30),
    },
    {
        "key": "II",
        **both_languages(
            name=("Giai đoạn II", "Phase II"),
            summary=(
                "80,3 ha; hạ tầng kỹ thuật đang xây dựng (khoảng 390 tỷ đồng), ưu tiên chế biến, chế tạo.",
                "80.3 ha; technical infrastructure under construction (about VND 390 billion), "
                "for processing and manufacturing.",
            ),
            description=(
                "Giai đoạn II có quy mô 80,3 ha. Hạ tầng kỹ thuật đang được xây dựng với tổng vốn đầu tư khoảng "
                "390 tỷ đồng (theo báo chí, chưa được Ban Quản lý xác minh).\n\n"
                "Giai đoạn này ưu tiên các dự án chế biến nông, lâm sản, điện tử, thiết bị điện, kim loại, máy "
                "móc, thiết bị và công nghiệp phụ trợ, đặc biệt là nhà đầu tư chiến lược, thương hiệu đã khẳng "
                "định và dự án tạo liên kết vùng, chuỗi cung ứng. Tiến độ hạ tầng, thời điểm bàn giao đất và danh "
                "sách lô đất là số liệu minh họa.",
                "Phase II covers 80.3 ha. Its technical infrastructure is being built with a total investment of "
                "about VND 390 billion (press figure, not yet verified by the Board).\n\n"
                "This phase gives priority to agricultural and forest product processing, electronics, electrical "
                "equipment, metals, machinery and equipment, and supporting industries, and especially to strategic "
                "investors, established brands and projects that build regional links and supply chains. The "
                "infrastructure progress, the handover date and the list of plots are illustrative.",
            ),
        ),
        "order": 3,
        "area_ha": Decimal("80.3"),
        "status": Phase.Status.UNDER_CONSTRUCTION,
        "infrastructure_progress": 60,
        "infrastructure_investment_vnd": 390_000_000_000,
        "expected_handover": date(2027, 12, 31),
    },
]

ZONE_TEXT = {
    Zone.LandUse.FACTORY: (
        ("Khu nhà máy", "Factory area"),
        (
            "Đất xây dựng nhà máy, chia thành các lô theo quy hoạch chi tiết. Diện tích phân khu là số liệu minh họa.",
            "Land for factories, divided into plots under the detailed plan. The zone area is illustrative.",
        ),
    ),
    Zone.LandUse.WAREHOUSE: (
        ("Khu kho bãi, logistics", "Warehouse and logistics area"),
        (
            "Kho, bãi và dịch vụ logistics phục vụ doanh nghiệp trong khu. Diện tích là số liệu minh họa.",
            "Warehouses, yards and logistics services for companies in the park. The area is illustrative.",
        ),
    ),
    Zone.LandUse.SERVICES: (
        ("Khu điều hành, dịch vụ", "Services and administration area"),
        (
            "Nhà điều hành, dịch vụ dùng chung và bãi đỗ xe cho người lao động. Diện tích là số liệu minh họa.",
            "Administration building, shared services and parking for employees. The area is illustrative.",
        ),
    ),
    Zone.LandUse.GREEN: (
        ("Cây xanh, mặt nước", "Green space and water"),
        (
            "Dải cây xanh cách ly, mặt nước và hành lang bảo vệ môi trường. Diện tích là số liệu minh họa.",
            "Buffer planting, water surfaces and environmental protection corridors. The area is illustrative.",
        ),
    ),
    Zone.LandUse.ROADS: (
        ("Đường giao thông", "Roads"),
        (
            "Đường trục chính, đường nhánh nội bộ, vỉa hè và hành lang kỹ thuật. Diện tích là số liệu minh họa.",
            "Main and branch roads, pavements and utility corridors. The area is illustrative.",
        ),
    ),
    Zone.LandUse.UTILITIES: (
        ("Khu hạ tầng kỹ thuật", "Technical utilities area"),
        (
            "Trạm biến áp, trạm cấp nước, xử lý nước thải và điểm tập kết chất thải rắn. "
            "Diện tích là số liệu minh họa.",
            "Substation, water supply, wastewater treatment and solid waste collection point. "
            "The area is illustrative.",
        ),
    ),
}

# (phase key, zone code, land use, number shown in the name, area in ha); each phase's zones add up to its area.
ZONES = [
    ("I", "I-A", Zone.LandUse.FACTORY, 1, "30.0"),
    ("I", "I-B", Zone.LandUse.FACTORY, 2, "17.5"),
    ("I", "I-C", Zone.LandUse.WAREHOUSE, None, "4.0"),
    ("I", "I-D", Zone.LandUse.SERVICES, None, "2.5"),
    ("I", "I-E", Zone.LandUse.GREEN, None, "8.0"),
    ("I", "I-F", Zone.LandUse.ROADS, None, "8.5"),
    ("I", "I-G", Zone.LandUse.UTILITIES, None, "3.0"),
    ("E", "E-A", Zone.LandUse.FACTORY, 1, "22.0"),
    ("E", "E-B", Zone.LandUse.FACTORY, 2, "11.0"),
    ("E", "E-C", Zone.LandUse.WAREHOUSE, None, "3.0"),
    ("E", "E-D", Zone.LandUse.SERVICES, None, "1.5"),
    ("E", "E-E", Zone.LandUse.GREEN, None, "5.5"),
    ("E", "E-F", Zone.LandUse.ROADS, None, "6.0"),
    ("E", "E-G", Zone.LandUse.UTILITIES, None, "2.0"),
    ("II", "II-A", Zone.LandUse.FACTORY, 1, "32.0"),
    ("II", "II-B", Zone.LandUse.FACTORY, 2, "16.5"),
    ("II", "II-C", Zone.LandUse.WAREHOUSE, None, "5.0"),
    ("II", "II-D", Zone.LandUse.SERVICES, None, "2.8"),
    ("II", "II-E", Zone.LandUse.GREEN, None, "9.5"),
    ("II", "II-F", Zone.LandUse.ROADS, None, "10.5"),
    ("II", "II-G", Zone.LandUse.UTILITIES, None, "4.0"),
]

# Sector keys, used to link plots to sectors.
AGRI, ELECTRONICS, ELECTRICAL, METAL, FABRICATED, MACHINERY, SUPPORTING = (
    "agri",
    "electronics",
    "electrical",
    "metal",
    "fabricated",
    "machinery",
    "supporting",
)

LEASED, AVAILABLE, RESERVED = Plot.Status.LEASED, Plot.Status.AVAILABLE, Plot.Status.RESERVED
PER_YEAR, WHOLE_TERM = Plot.PriceBasis.PER_YEAR, Plot.PriceBasis.WHOLE_TERM

# (code, zone code, area m², status, price in VND or None, price basis, sectors). All illustrative.
PLOTS = [
    # Phase I: fully leased, no price on offer.
    ("A1-01", "I-A", 52_000, LEASED, None, PER_YEAR, [AGRI]),
    ("A1-02", "I-A", 38_500, LEASED, None, PER_YEAR, [AGRI]),
    ("A1-03", "I-A", 45_000, LEASED, None, PER_YEAR, [AGRI, SUPPORTING]),
    ("A1-04", "I-A", 60_000, LEASED, None, PER_YEAR, [AGRI]),
    ("A1-05", "I-A", 31_000, LEASED, None, PER_YEAR, [FABRICATED, SUPPORTING]),
    ("A1-06", "I-A", 48_000, LEASED, None, PER_YEAR, [AGRI]),
    ("A2-01", "I-B", 42_000, LEASED, None, PER_YEAR, [AGRI, MACHINERY]),
    ("A2-02", "I-B", 56_000, LEASED, None, PER_YEAR, [AGRI]),
    ("A2-03", "I-B", 35_500, LEASED, None, PER_YEAR, [SUPPORTING]),
    ("A3-01", "I-C", 28_000, LEASED, None, PER_YEAR, [SUPPORTING]),
    # Phase I extension: mostly available, two reserved.
    ("E1-01", "E-A", 30_000, AVAILABLE, 48_000, PER_YEAR, [AGRI, MACHINERY]),
    ("E1-02", "E-A", 25_000, RESERVED, 48_000, PER_YEAR, [AGRI]),
    ("E1-03", "E-A", 40_000, AVAILABLE, 46_000, PER_YEAR, [ELECTRICAL, MACHINERY]),
    ("E1-04", "E-A", 35_000, AVAILABLE, 46_000, PER_YEAR, [FABRICATED, MACHINERY]),
    ("E1-05", "E-A", 20_000, AVAILABLE, 1_850_000, WHOLE_TERM, [ELECTRONICS, SUPPORTING]),
    ("E1-06", "E-A", 45_000, AVAILABLE, 45_000, PER_YEAR, [AGRI, METAL]),
    ("E2-01", "E-B", 30_000, RESERVED, 50_000, PER_YEAR, [ELECTRONICS, ELECTRICAL]),
    ("E2-02", "E-B", 35_000, AVAILABLE, 50_000, PER_YEAR, [ELECTRICAL, SUPPORTING]),
    ("E2-03", "E-B", 25_000, AVAILABLE, 52_000, PER_YEAR, [SUPPORTING]),
    ("E3-01", "E-C", 20_000, AVAILABLE, 55_000, PER_YEAR, [SUPPORTING]),
    # Phase II: a mix of available and reserved.
    ("B1-01", "II-A", 50_000, AVAILABLE, 52_000, PER_YEAR, [ELECTRONICS, ELECTRICAL]),
    ("B1-02", "II-A", 42_000, RESERVED, 52_000, PER_YEAR, [AGRI]),
    ("B1-03", "II-A", 38_000, AVAILABLE, 54_000, PER_YEAR, [ELECTRONICS, SUPPORTING]),
    ("B1-04", "II-A", 60_000, AVAILABLE, 50_000, PER_YEAR, [METAL, FABRICATED]),
    ("B1-05", "II-A", 45_000, RESERVED, 2_000_000, WHOLE_TERM, [MACHINERY, FABRICATED]),
    ("B1-06", "II-A", 55_000, AVAILABLE, 50_000, PER_YEAR, [AGRI, MACHINERY]),
    ("B2-01", "II-B", 48_000, AVAILABLE, 56_000, PER_YEAR, [ELECTRICAL, ELECTRONICS]),
    ("B2-02", "II-B", 52_000, RESERVED, 56_000, PER_YEAR, [SUPPORTING, FABRICATED]),
    ("B2-03", "II-B", 40_000, AVAILABLE, 58_000, PER_YEAR, [SUPPORTING, ELECTRONICS]),
    ("B3-01", "II-C", 20_000, AVAILABLE, 60_000, PER_YEAR, [SUPPORTING]),
    ("B3-02", "II-C", 25_000, RESERVED, 60_000, PER_YEAR, [SUPPORTING]),
]

PLOT_NOTE_STATUS = {
    ("I", LEASED): (
        "Đã cho thuê, không còn chào thuê.",
        "Leased; not on offer.",
    ),
    ("E", AVAILABLE): (
        "Dự kiến bàn giao khi hạ tầng phần mở rộng hoàn thành; nhận đăng ký quan tâm từ bây giờ.",
        "Expected to be handed over once the extension's infrastructure is complete; expressions of interest "
        "are welcome now.",
    ),
    ("E", RESERVED): (
        "Đang giữ chỗ cho một nhà đầu tư đang làm thủ tục đầu tư.",
        "Reserved for an investor whose investment application is in progress.",
    ),
    ("II", AVAILABLE): (
        "Dự kiến bàn giao khi hạ tầng giai đoạn II hoàn thành.",
        "Expected to be handed over once the Phase II infrastructure is complete.",
    ),
    ("II", RESERVED): (
        "Đang giữ chỗ cho một nhà đầu tư đang làm thủ tục đầu tư.",
        "Reserved for an investor whose investment application is in progress.",
    ),
}
PLOT_NOTE_WAREHOUSE = (
    "Phù hợp kho bãi, logistics và công nghiệp phụ trợ.",
    "Suited to warehousing, logistics and supporting industries.",
)
PLOT_NOTE_WHOLE_TERM = (
    "Giá trả một lần cho cả thời hạn thuê.",
    "Price paid once for the whole lease term.",
)
PLOT_NOTE_ILLUSTRATIVE = (
    "Diện tích, trạng thái, giá thuê và thời hạn thuê là số liệu minh họa, không phải lời chào thuê.",
    "Area, status, price and lease term are illustrative, not an offer.",
)

# What reaches each plot's boundary and how ready it is, by phase. Illustrative design allocations,
# sized per hectare of plot and kept within the park's infrastructure: every plot's wastewater
# allowance added up stays under the central plant's 2,500 m³/day (INFRASTRUCTURE below).
POWER_KVA_PER_HA = 250
WATER_M3_PER_HA = 25
WASTEWATER_M3_PER_HA = 20  # about 80 % of the water supplied
WASTEWATER_PLANT_M3_DAY = 2_500
BOUNDARY, PLANNED = Plot.Provision.AT_BOUNDARY, Plot.Provision.PLANNED
SITE_DATA = {
    # Phase I: built and leased; everything is connected.
    "I": {
        "power_voltage_kv": Decimal("22"),
        "wastewater_connection": BOUNDARY,
        "fibre": BOUNDARY,
        "access_road_width_m": Decimal("15"),
        "site_cleared": True,
        "site_levelled": True,
        "utilities_connected": True,
    },
    # Phase I extension: planned, nothing built yet; the Board has no capacities to give.
    "E": {
        "wastewater_connection": PLANNED,
        "fibre": PLANNED,
        "site_cleared": False,
        "site_levelled": False,
        "utilities_connected": False,
    },
    # Phase II: infrastructure under construction; land cleared and levelled, networks being laid.
    "II": {
        "power_voltage_kv": Decimal("22"),
        "wastewater_connection": PLANNED,
        "fibre": PLANNED,
        "access_road_width_m": Decimal("15"),
        "site_cleared": True,
        "site_levelled": True,
        "utilities_connected": False,
    },
}
# Per phase: whether the Board gives capacities, and the environmental category it records (by land use).
SITE_CAPACITIES = {"I": True, "E": False, "II": True}
ENVIRONMENTAL_CATEGORY = {
    ("II", Zone.LandUse.FACTORY): Plot.EnvironmentalCategory.GROUP_II,
    ("II", Zone.LandUse.WAREHOUSE): Plot.EnvironmentalCategory.GROUP_III,
}


def plot_site_data(phase_key, land_use, area_m2):
    """The illustrative utilities and readiness of a demo plot."""
    values = dict.fromkeys(("power_kva", "water_m3_day", "wastewater_m3_day", "handover_date"))
    values.update(power_voltage_kv=None, access_road_width_m=None)
    values.update(SITE_DATA[phase_key])
    if SITE_CAPACITIES[phase_key]:
        hectares = Decimal(area_m2) / Decimal(10_000)
        # Power in steps of 50 kVA; water and wastewater in whole m³.
        values["power_kva"] = int(round(hectares * POWER_KVA_PER_HA / 50) * 50)
        values["water_m3_day"] = int(round(hectares * WATER_M3_PER_HA))
        values["wastewater_m3_day"] = int(round(hectares * WASTEWATER_M3_PER_HA))
    values["environmental_category"] = ENVIRONMENTAL_CATEGORY.get((phase_key, land_use), "")
    values["site_verified_on"] = VERIFIED_ON
    return values


# --------------------------------------------------------------------------- sectors

SECTORS = [
    {
        "key": AGRI,
        "icon": Sector.Icon.AGRI,
        **both_languages(
            name=("Chế biến nông, lâm sản", "Agricultural and forest product processing"),
            summary=(
                "Chế biến gỗ, lâm sản và nông sản, gắn với vùng nguyên liệu của địa phương.",
                "Processing of wood, forest products and farm produce, close to local supply areas.",
            ),
            description=(
                "Rừng trồng và nông sản của địa phương là nguồn nguyên liệu gần cho các nhà máy chế biến gỗ, lâm "
                "sản và thực phẩm. Ban Quản lý giúp doanh nghiệp kết nối với các cơ sở cung ứng nguyên liệu và tổ "
                "chức các chuyến khảo sát vùng nguyên liệu.\n\n"
                "Dự án cần dùng công nghệ hạn chế bụi, tiếng ồn và nước thải, và ưu tiên các dự án tạo chuỗi liên "
                "kết với người trồng rừng, trồng cây nguyên liệu.",
                "Local plantation forests and crops give wood, forest-product and food processors a nearby supply of "
                "raw materials. The Board puts companies in touch with suppliers and organises visits to the "
                "growing areas.\n\n"
                "Projects are expected to use technology that keeps dust, noise and wastewater low; projects that "
                "build lasting links with local growers are favoured.",
            ),
        ),
    },
    {
        "key": ELECTRONICS,
        "icon": Sector.Icon.ELECTRONICS,
        **both_languages(
            name=("Sản phẩm điện tử, máy vi tính và quang học", "Electronics, computers and optical products"),
            summary=(
                "Sản xuất, lắp ráp linh kiện và sản phẩm điện tử, máy vi tính, thiết bị quang học.",
                "Manufacture and assembly of electronic components, computers and optical products.",
            ),
            description=(
                "Ngành này phù hợp với các dự án sử dụng nhiều lao động, nhà xưởng sạch và ít phát thải. Vị trí "
                "trên trục giao thông về Thái Nguyên và Hà Nội giúp doanh nghiệp tham gia chuỗi cung ứng điện tử "
                "của vùng.\n\n"
                "Tỉnh ưu tiên các nhà đầu tư mang theo công nghệ và thương hiệu đã khẳng định, cùng các dự án có "
                "khả năng lan tỏa tới doanh nghiệp địa phương.",
                "This sector suits labour-intensive projects with clean workshops and low emissions. The location "
                "on the road corridor towards Thai Nguyen and Hanoi helps manufacturers join the region's "
                "electronics supply chains.\n\n"
                "The province favours investors that bring proven technology and established brands, and projects "
                "whose benefits spread to local companies.",
            ),
        ),
    },
    {
        "key": ELECTRICAL,
        "icon": Sector.Icon.ELECTRICAL,
        **both_languages(
            name=("Thiết bị điện", "Electrical equipment"),
            summary=(
                "Dây cáp, động cơ, thiết bị đóng cắt, chiếu sáng và các thiết bị điện khác.",
                "Cables, motors, switchgear, lighting and other electrical equipment.",
            ),
            description=(
                "Khu công nghiệp đón các dự án sản xuất thiết bị điện phục vụ công nghiệp, xây dựng và dân dụng.\n\n"
                "Dự án cần có phương án quản lý chất thải nguy hại, bảo đảm an toàn lao động và đáp ứng các yêu "
                "cầu về bảo vệ môi trường trước khi được tiếp nhận.",
                "The park welcomes projects making electrical equipment for industry, construction and households.\n\n"
                "Projects need a plan for hazardous waste, sound occupational safety and compliance with "
                "environmental requirements before they are accepted.",
            ),
        ),
    },
    {
        "key": METAL,
        "icon": Sector.Icon.METAL,
        **both_languages(
            name=("Sản xuất kim loại", "Basic metals"),
            summary=(
                "Sản xuất, cán và tinh chế kim loại bằng công nghệ hiện đại, kiểm soát chặt phát thải.",
                "Production, rolling and refining of metals with modern technology and strict emission control.",
            ),
            description=(
                "Các dự án sản xuất kim loại chỉ được tiếp nhận khi sử dụng công nghệ tiên tiến, tiết kiệm năng "
                "lượng và có phương án bảo vệ môi trường được cơ quan có thẩm quyền thẩm định.\n\n"
                "Dự án có nguy cơ gây ô nhiễm môi trường không được tiếp nhận, dù quy mô vốn lớn.",
                "Metal production projects are accepted only if they use advanced, energy-efficient technology and "
                "have an environmental protection plan appraised by the competent authority.\n\n"
                "Projects with a risk of polluting the environment are not accepted, however large the investment.",
            ),
        ),
    },
    {
        "key": FABRICATED,
        "icon": Sector.Icon.FABRICATED,
        **both_languages(
            name=("Sản phẩm từ kim loại đúc sẵn", "Fabricated metal products"),
            summary=(
                "Gia công cơ khí, kết cấu thép, khuôn mẫu và chi tiết kim loại.",
                "Machining, steel structures, moulds and metal components.",
            ),
            description=(
                "Gia công kim loại cung cấp chi tiết và kết cấu cho ngành máy móc, thiết bị điện và xây dựng, là "
                "một mắt xích của chuỗi cung ứng trong khu và trong vùng.\n\n"
                "Các công đoạn sơn, mạ phải có hệ thống xử lý khí thải, nước thải đạt quy chuẩn.",
                "Metal fabrication supplies parts and structures to machinery, electrical equipment and construction, "
                "and is one link in the supply chains of the park and the region.\n\n"
                "Painting and plating lines must have exhaust and wastewater treatment that meets national "
                "standards.",
            ),
        ),
    },
    {
        "key": MACHINERY,
        "icon": Sector.Icon.MACHINERY,
        **both_languages(
            name=("Máy móc, thiết bị", "Machinery and equipment"),
            summary=(
                "Chế tạo máy nông nghiệp, máy chế biến và thiết bị công nghiệp.",
                "Agricultural machinery, processing machines and industrial equipment.",
            ),
            description=(
                "Dự án chế tạo máy móc, thiết bị, nhất là máy phục vụ chế biến nông, lâm sản, có thể đáp ứng nhu "
                "cầu ngay tại địa phương và liên kết với các doanh nghiệp gia công kim loại trong khu.\n\n"
                "Ban Quản lý hỗ trợ kết nối với doanh nghiệp trong khu và các cơ sở đào tạo nghề để tuyển dụng lao "
                "động kỹ thuật.",
                "Projects building machinery and equipment, especially machines for agricultural and forest product "
                "processing, can serve local demand and work with metal fabricators in the park.\n\n"
                "The Board helps them connect with companies in the park and with vocational schools to recruit "
                "technical staff.",
            ),
        ),
    },
    {
        "key": SUPPORTING,
        "icon": Sector.Icon.SUPPORTING,
        **both_languages(
            name=("Công nghiệp phụ trợ", "Supporting industries"),
            summary=(
                "Linh kiện, phụ tùng, bao bì và dịch vụ cho các nhà máy trong khu và trong vùng.",
                "Components, spare parts, packaging and services for manufacturers in the park and the region.",
            ),
            description=(
                "Công nghiệp phụ trợ giúp các nhà máy trong khu và trong vùng rút ngắn chuỗi cung ứng và giảm chi "
                "phí vận chuyển.\n\n"
                "Tỉnh khuyến khích các dự án tạo liên kết vùng, tham gia chuỗi cung ứng và có tác động lan tỏa tới "
                "doanh nghiệp địa phương.",
                "Supporting industries shorten supply chains and cut transport costs for manufacturers in the park "
                "and the region.\n\n"
                "The province encourages projects that create regional links, join supply chains and benefit local "
                "businesses.",
            ),
        ),
    },
]

# --------------------------------------------------------------------------- infrastructure and connections

INFRASTRUCTURE = [
    {
        "kind": Infrastructure.Kind.POWER,
        **both_languages(
            title=("Cấp điện", "Power supply"),
            capacity=(
                "Đấu nối lưới điện quốc gia; công suất theo nhu cầu dự án (cần xác minh)",
                "Connected to the national grid; capacity to match each project (to be verified)",
            ),
            description=(
                "Điện được cấp từ lưới điện quốc gia qua trạm biến áp và đường dây trung thế trong khu. Nhà đầu "
                "tư đăng ký công suất khi làm thủ tục; thông số cụ thể đang được Ban Quản lý xác minh.",
                "Power comes from the national grid through the park's substation and medium-voltage lines. "
                "Investors state the load they need during the procedure; exact figures are being verified by "
                "the Board.",
            ),
        ),
    },
    {
        "kind": Infrastructure.Kind.WATER,
        **both_languages(
            title=("Cấp nước", "Water supply"),
            capacity=("Theo nhu cầu từng dự án (cần xác minh)", "To match each project's needs (to be verified)"),
            description=(
                "Mạng lưới cấp nước sạch được đưa tới ranh giới từng lô đất. Lưu lượng có thể cấp cho từng dự án "
                "được xác nhận khi nhà đầu tư đăng ký nhu cầu.",
                "Clean water mains run to the boundary of each plot. The volume available to a project is "
                "confirmed once the investor states its needs.",
            ),
        ),
    },
    {
        "kind": Infrastructure.Kind.WASTEWATER,
        **both_languages(
            title=("Nhà máy xử lý nước thải tập trung", "Central wastewater treatment plant"),
            capacity=("2.500 m³/ngày đêm (cần xác minh)", "2,500 m³/day (to be verified)"),
            description=(
                "Nước thải của doanh nghiệp được xử lý sơ bộ tại nhà máy, sau đó đưa về nhà máy xử lý tập trung "
                "của khu công nghiệp. Công suất nêu trên lấy từ báo chí và đang chờ Ban Quản lý xác minh.",
                "Each company pre-treats its wastewater on site before it goes to the park's central treatment "
                "plant. The capacity shown comes from press reports and is awaiting verification by the Board.",
            ),
        ),
    },
    {
        "kind": Infrastructure.Kind.ROADS,
        **both_languages(
            title=("Đường nội bộ", "Internal roads"),
            capacity=(
                "Đường trục chính nối với QL3 và cao tốc Hà Nội – Thái Nguyên – Chợ Mới (CT.07)",
                "Main road linked to National Highway 3 and the Hanoi – Thai Nguyen – Cho Moi Expressway (CT.07)",
            ),
            description=(
                "Đường trục chính và đường nhánh nội bộ dẫn tới từng lô đất, cho phép xe container ra vào. Tuyến "
                "cao tốc Hà Nội – Thái Nguyên – Chợ Mới (CT.07) giúp rút ngắn thời gian đi Thái Nguyên và Hà Nội; "
                "số hiệu tuyến đang được Ban Quản lý xác minh.",
                "Main and branch roads lead to every plot and take container trucks. The Hanoi – Thai Nguyen – "
                "Cho Moi Expressway (CT.07) shortens the journey to Thai Nguyen and Hanoi; its designation is being "
                "verified by the Board.",
            ),
        ),
    },
    {
        "kind": Infrastructure.Kind.TELECOM,
        **both_languages(
            title=("Viễn thông", "Telecommunications"),
            capacity=("Cáp quang và mạng di động (cần xác minh)", "Fibre and mobile networks (to be verified)"),
            description=(
                "Các nhà mạng cung cấp internet cáp quang, điện thoại cố định và di động tới doanh nghiệp trong "
                "khu. Tốc độ và nhà cung cấp cụ thể đang được Ban Quản lý xác minh.",
                "Operators provide fibre internet, fixed lines and mobile coverage to companies in the park. The "
                "speeds and providers are being verified by the Board.",
            ),
        ),
    },
]

# Approximate demo figures, measured by road from the park (former Cho Moi district), with each
# destination's approximate position for the schematic corridor map (latitude, longitude).
CONNECTIONS = [
    (
        ("Trung tâm tỉnh Thái Nguyên", "Thai Nguyen provincial centre"),
        Connection.Mode.ROAD,
        "45",
        50,
        (
            "Cao tốc Hà Nội – Thái Nguyên – Chợ Mới (CT.07) / QL3",
            "Hanoi – Thai Nguyen – Cho Moi Expressway (CT.07) / National Highway 3",
        ),
        ("21.59280", "105.84420"),
    ),
    (
        ("Trung tâm Bắc Kạn cũ (tỉnh lỵ cũ)", "Town centre of former Bac Kan province"),
        Connection.Mode.ROAD,
        "45",
        55,
        ("QL3 về phía bắc", "National Highway 3 northwards"),
        ("22.14700", "105.83480"),
    ),
    (
        ("Ga Quán Triều (Thái Nguyên)", "Quan Trieu railway station (Thai Nguyen)"),
        Connection.Mode.RAIL,
        "40",
        45,
        (
            "Cao tốc Hà Nội – Thái Nguyên – Chợ Mới (CT.07) / QL3",
            "Hanoi – Thai Nguyen – Cho Moi Expressway (CT.07) / National Highway 3",
        ),
        ("21.62030", "105.80670"),
    ),
    (
        ("Hà Nội", "Hanoi"),
        Connection.Mode.ROAD,
        "130",
        140,
        (
            "Cao tốc Hà Nội – Thái Nguyên – Chợ Mới (CT.07) / QL3",
            "Hanoi – Thai Nguyen – Cho Moi Expressway (CT.07) / National Highway 3",
        ),
        ("21.02850", "105.85420"),
    ),
    (
        ("Sân bay quốc tế Nội Bài", "Noi Bai International Airport"),
        Connection.Mode.AIR,
        "105",
        100,
        ("Cao tốc Hà Nội – Thái Nguyên – Chợ Mới (CT.07)", "Hanoi – Thai Nguyen – Cho Moi Expressway (CT.07)"),
        ("21.22120", "105.80720"),
    ),
    (
        ("Cảng Hải Phòng (khu Đình Vũ)", "Hai Phong port (Dinh Vu)"),
        Connection.Mode.SEA,
        "250",
        240,
        (
            "Cao tốc Hà Nội – Thái Nguyên – Chợ Mới (CT.07), Vành đai 3 Hà Nội, cao tốc Hà Nội – Hải Phòng",
            "Hanoi – Thai Nguyen – Cho Moi Expressway (CT.07), Hanoi Ring Road 3, Hanoi – Hai Phong Expressway",
        ),
        ("20.83900", "106.75300"),
    ),
    (
        ("Cửa khẩu quốc tế Hữu Nghị (Lạng Sơn)", "Huu Nghi international border gate (Lang Son)"),
        Connection.Mode.BORDER,
        "190",
        240,
        (
            "QL3 đến Thái Nguyên, QL1B đến Lạng Sơn",
            "National Highway 3 to Thai Nguyen, National Highway 1B to Lang Son",
        ),
        ("21.97660", "106.69750"),
    ),
    (
        ("Cửa khẩu quốc tế Tà Lùng (Cao Bằng)", "Ta Lung international border gate (Cao Bang)"),
        Connection.Mode.BORDER,
        "225",
        330,
        ("QL3 đến Cao Bằng", "National Highway 3 to Cao Bang"),
        ("22.49300", "106.57700"),
    ),
]

# --------------------------------------------------------------------------- incentives

INCENTIVES = [
    {
        "category": Incentive.Category.TAX,
        **both_languages(
            title=("Ưu đãi thuế thu nhập doanh nghiệp", "Corporate income tax incentives"),
            summary=(
                "Dự án đầu tư mới tại địa bàn có điều kiện kinh tế – xã hội khó khăn có thể được hưởng thuế suất "
                "ưu đãi và được miễn, giảm thuế trong một số năm.",
                "New investment projects in areas with difficult socio-economic conditions may qualify for a "
                "preferential tax rate and several years of tax exemption and reduction.",
            ),
            description=(
                "Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15, có hiệu lực từ ngày 01/10/2025, dành thuế suất "
                "ưu đãi và thời gian miễn, giảm thuế cho dự án đầu tư mới tại địa bàn có điều kiện kinh tế – xã hội "
                "khó khăn hoặc đặc biệt khó khăn. Địa bàn của khu công nghiệp sau ngày 01/7/2025 thuộc danh mục "
                "nào sẽ được Ban Quản lý xác nhận.\n\n"
                "Mức ưu đãi cụ thể (thuế suất, số năm miễn thuế và giảm 50% số thuế phải nộp) phụ thuộc vào địa "
                "bàn, ngành nghề và điều kiện của từng dự án, và được xác định theo quy định hiện hành tại thời "
                "điểm dự án phát sinh thu nhập. Ban Quản lý hướng dẫn nhà đầu tư đối chiếu với quy định và cơ quan "
                "thuế trước khi lập phương án tài chính.",
                "The Law on Corporate Income Tax No. 67/2025/QH15, in force from 1 October 2025, grants a "
                "preferential rate and periods of tax exemption and reduction to new investment projects in areas "
                "with difficult or especially difficult socio-economic conditions. Which list the park's area is on "
                "after 1 July 2025 is to be confirmed by the Board.\n\n"
                "The exact incentive (rate, number of tax-free years and years at 50% of the tax due) depends on "
                "the location, the sector and the project, and follows the rules in force when the project earns "
                "income. The Board helps investors check their case against the regulations and with the tax "
                "authority before they finalise their financial plan.",
            ),
            legal_basis=(
                "Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15; nghị định hướng dẫn và danh mục địa bàn ưu đãi "
                "đầu tư áp dụng cho khu công nghiệp: Ban Quản lý sẽ xác nhận.",
                "Law on Corporate Income Tax No. 67/2025/QH15; the implementing decree and the list of investment "
                "incentive areas that applies to the park: to be confirmed by the Board.",
            ),
        ),
    },
    {
        "category": Incentive.Category.LAND,
        **both_languages(
            title=("Miễn, giảm tiền thuê đất", "Land rent exemption and reduction"),
            summary=(
                "Dự án thuộc ngành, địa bàn ưu đãi đầu tư có thể được miễn hoặc giảm tiền thuê đất khi thuê đất "
                "của Nhà nước.",
                "Projects in incentive sectors or areas may be exempted from, or pay reduced, land rent when they "
                "lease land from the State.",
            ),
            description=(
                "Theo quy định về thu tiền thuê đất, dự án thuộc ngành, nghề ưu đãi đầu tư hoặc thực hiện tại địa "
                "bàn có điều kiện kinh tế – xã hội khó khăn, đặc biệt khó khăn có thể được miễn tiền thuê đất "
                "trong thời gian xây dựng cơ bản và được miễn, giảm trong một số năm tiếp theo.\n\n"
                "Ưu đãi này áp dụng với đất do Nhà nước cho thuê. Khi nhà đầu tư thuê lại đất đã có hạ tầng của "
                "doanh nghiệp đầu tư hạ tầng, giá thuê do hai bên thỏa thuận; Ban Quản lý giúp làm rõ phần ưu đãi "
                "áp dụng cho từng trường hợp.",
                "Under the rules on land rent, projects in incentive sectors or in areas with difficult or "
                "especially difficult socio-economic conditions may be exempted from land rent during construction "
                "and receive an exemption or reduction for a number of years afterwards.\n\n"
                "This applies to land leased from the State. When an investor sub-leases serviced land from the "
                "infrastructure developer, the rent is agreed between the two parties; the Board helps clarify "
                "which incentives apply in each case.",
            ),
            legal_basis=(
                "Luật Đất đai số 31/2024/QH15; Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định về "
                "tiền sử dụng đất, tiền thuê đất, và các văn bản sửa đổi, bổ sung.",
                "Law on Land No. 31/2024/QH15; Decree No. 103/2024/ND-CP of 30 July 2024 of the Government on land "
                "use levies and land rent, as amended.",
            ),
        ),
    },
    {
        "category": Incentive.Category.IMPORT,
        **both_languages(
            title=("Miễn thuế nhập khẩu hàng hóa tạo tài sản cố định", "Import duty exemption for fixed assets"),
            summary=(
                "Máy móc, thiết bị và hàng hóa nhập khẩu để tạo tài sản cố định của dự án ưu đãi đầu tư được miễn "
                "thuế nhập khẩu.",
                "Machinery, equipment and other goods imported to form the fixed assets of an incentive project "
                "are exempt from import duty.",
            ),
            description=(
                "Dự án thuộc ngành, nghề hoặc địa bàn ưu đãi đầu tư được miễn thuế nhập khẩu đối với máy móc, "
                "thiết bị, linh kiện, phương tiện vận tải chuyên dùng và vật tư xây dựng trong nước chưa sản xuất "
                "được, nhập khẩu để tạo tài sản cố định.\n\n"
                "Dự án tại địa bàn có điều kiện kinh tế – xã hội đặc biệt khó khăn còn có thể được miễn thuế nhập "
                "khẩu nguyên liệu, vật tư, linh kiện trong nước chưa sản xuất được trong một thời gian kể từ khi "
                "bắt đầu sản xuất, theo quy định. Doanh nghiệp thông báo danh mục hàng hóa miễn thuế với cơ quan "
                "hải quan trước khi nhập khẩu.",
                "Projects in incentive sectors or areas are exempt from import duty on machinery, equipment, "
                "components, specialised vehicles and construction materials that are not made in Vietnam and are "
                "imported to form fixed assets.\n\n"
                "Projects in areas with especially difficult socio-economic conditions may also import raw "
                "materials, supplies and components not made in Vietnam duty-free for a period after production "
                "starts, as the regulations provide. Companies register the list of duty-free goods with customs "
                "before importing.",
            ),
            legal_basis=(
                "Luật Thuế xuất khẩu, thuế nhập khẩu số 107/2016/QH13, đã được sửa đổi, bổ sung; Nghị định số "
                "134/2016/NĐ-CP ngày 01/9/2016 của Chính phủ, được sửa đổi, bổ sung bởi Nghị định số 18/2021/NĐ-CP "
                "ngày 11/3/2021 của Chính phủ và các văn bản sau đó.",
                "Law on Export and Import Duties No. 107/2016/QH13, as amended; Decree No. 134/2016/ND-CP of "
                "1 September 2016 of the Government, as amended by Decree No. 18/2021/ND-CP of 11 March 2021 of the "
                "Government and later texts.",
            ),
        ),
    },
    {
        "category": Incentive.Category.TRAINING,
        **both_languages(
            title=("Hỗ trợ đào tạo lao động", "Workforce training support"),
            summary=(
                "Doanh nghiệp tuyển dụng và đào tạo lao động địa phương có thể được hỗ trợ chi phí đào tạo theo "
                "chính sách của tỉnh.",
                "Companies that hire and train local workers may receive support towards training costs under the "
                "province's policy.",
            ),
            description=(
                "Đào tạo nguồn nhân lực là một trong những nội dung tỉnh tập trung hỗ trợ khu công nghiệp. Doanh "
                "nghiệp tuyển dụng, đào tạo lao động địa phương có thể được hỗ trợ một phần chi phí đào tạo; mức "
                "và điều kiện hỗ trợ thực hiện theo nghị quyết đang có hiệu lực của Hội đồng nhân dân tỉnh Thái "
                "Nguyên về chính sách hỗ trợ đầu tư.\n\n"
                "Ban Quản lý hướng dẫn hồ sơ đề nghị hỗ trợ và kết nối doanh nghiệp với các cơ sở giáo dục nghề "
                "nghiệp để tuyển dụng và đào tạo theo đơn đặt hàng.",
                "Workforce training is one of the areas where the province concentrates its support for the "
                "industrial park. Companies that hire and train local workers may have part of the training cost "
                "covered; the amount and conditions follow the resolution of the Thai Nguyen Provincial People's "
                "Council on investment support in force at the time.\n\n"
                "The Board explains how to apply and connects companies with vocational schools for recruitment "
                "and training tailored to their needs.",
            ),
            legal_basis=(
                "Nghị quyết đang có hiệu lực của Hội đồng nhân dân tỉnh Thái Nguyên về chính sách hỗ trợ đầu tư "
                "(số hiệu và ngày ban hành: Ban Quản lý sẽ xác nhận).",
                "The resolution of the Thai Nguyen Provincial People's Council on investment support in force (its "
                "number and date: to be confirmed by the Board).",
            ),
        ),
    },
    {
        "category": Incentive.Category.SUPPORT,
        **both_languages(
            title=("Hỗ trợ một cửa của Ban Quản lý", "One-stop support from the Management Board"),
            summary=(
                "Một đầu mối hướng dẫn và giải quyết thủ tục đầu tư, xây dựng, môi trường và lao động cho dự án "
                "trong khu công nghiệp.",
                "A single point of contact for investment, construction, environmental and labour procedures for "
                "projects in the park.",
            ),
            description=(
                "Ban Quản lý tiếp nhận hồ sơ và giải quyết theo thẩm quyền các thủ tục của dự án trong khu công "
                "nghiệp, như cấp, điều chỉnh Giấy chứng nhận đăng ký đầu tư, một số thủ tục về xây dựng, môi "
                "trường và lao động; với thủ tục thuộc sở, ngành khác, Ban Quản lý hướng dẫn và phối hợp để nhà "
                "đầu tư không phải làm việc với nhiều nơi.\n\n"
                "Ban Quản lý cũng tổ chức gặp gỡ định kỳ với doanh nghiệp, tiếp nhận và kịp thời báo cáo Ủy ban "
                "nhân dân tỉnh các khó khăn, vướng mắc vượt thẩm quyền. Nhà đầu tư trong nước và nước ngoài được "
                "đối xử bình đẳng.",
                "The Board receives applications and, within its powers, handles the procedures of projects in "
                "the park, such as issuing and amending investment registration certificates and certain "
                "construction, environmental and labour procedures; for procedures handled by other departments "
                "it guides the investor and coordinates so that the investor does not have to deal with many "
                "offices.\n\n"
                "The Board also meets companies regularly and promptly takes problems beyond its powers to the "
                "provincial People's Committee. Domestic and foreign investors are treated equally.",
            ),
            legal_basis=(
                "Luật Đầu tư số 143/2025/QH15, có hiệu lực từ ngày 01/3/2026; nghị định về quản lý khu công nghiệp "
                "và khu kinh tế đang có hiệu lực: Ban Quản lý sẽ xác nhận.",
                "Law on Investment No. 143/2025/QH15, in force from 1 March 2026; the decree on the management of "
                "industrial parks and economic zones in force: to be confirmed by the Board.",
            ),
        ),
    },
]


# Who qualifies, for the incentive checker: what the incentives' texts and legal bases above support. Where the
# text names no figure or leaves the list of incentive areas to the Board, the rule is marked illustrative.
# (incentive's Vietnamese title, sector keys, phase keys, high-tech only, minimum workers, illustrative, texts)
PRIORITY_SECTORS = [AGRI, ELECTRONICS, ELECTRICAL, METAL, FABRICATED, MACHINERY, SUPPORTING]
INCENTIVE_RULES = [
    (
        "Ưu đãi thuế thu nhập doanh nghiệp",
        [],
        ["E", "II"],
        False,
        None,
        True,
        both_languages(
            title=(
                "Dự án đầu tư mới tại địa bàn ưu đãi đầu tư",
                "New investment projects in an investment incentive area",
            ),
            benefit=(
                "Thuế suất ưu đãi và miễn, giảm thuế một số năm; địa bàn và mức cụ thể: Ban Quản lý sẽ xác nhận.",
                "A preferential rate and years of exemption and reduction; the area and the exact terms: to be "
                "confirmed by the Board.",
            ),
        ),
    ),
    (
        "Ưu đãi thuế thu nhập doanh nghiệp",
        [],
        [],
        True,
        None,
        True,
        both_languages(
            title=("Dự án công nghệ cao", "High-technology projects"),
            benefit=(
                "Ưu đãi thuế theo ngành, nghề; mức cụ thể: Ban Quản lý sẽ xác nhận.",
                "Tax incentives by sector; the exact terms: to be confirmed by the Board.",
            ),
        ),
    ),
    (
        "Miễn, giảm tiền thuê đất",
        PRIORITY_SECTORS,
        ["E", "II"],
        False,
        None,
        True,
        both_languages(
            title=(
                "Dự án thuộc ngành ưu tiên trên đất Nhà nước cho thuê",
                "Projects in a priority sector on land leased from the State",
            ),
            benefit=(
                "Miễn tiền thuê đất trong thời gian xây dựng cơ bản, miễn hoặc giảm một số năm tiếp theo.",
                "No land rent during construction, and an exemption or reduction for a number of years afterwards.",
            ),
        ),
    ),
    (
        "Miễn thuế nhập khẩu hàng hóa tạo tài sản cố định",
        PRIORITY_SECTORS,
        [],
        False,
        None,
        True,
        both_languages(
            title=("Dự án thuộc ngành ưu đãi đầu tư", "Projects in an incentive sector"),
            benefit=(
                "Miễn thuế nhập khẩu máy móc, thiết bị trong nước chưa sản xuất được, nhập khẩu để tạo tài sản cố "
                "định.",
                "No import duty on machinery and equipment not made in Vietnam, imported to form fixed assets.",
            ),
        ),
    ),
    (
        "Hỗ trợ đào tạo lao động",
        [],
        [],
        False,
        50,
        True,
        both_languages(
            title=(
                "Doanh nghiệp tuyển dụng và đào tạo lao động địa phương",
                "Companies that hire and train local workers",
            ),
            benefit=(
                "Hỗ trợ một phần chi phí đào tạo; mức và điều kiện: Ban Quản lý sẽ xác nhận.",
                "Part of the training cost; the amount and conditions: to be confirmed by the Board.",
            ),
        ),
    ),
    (
        "Hỗ trợ một cửa của Ban Quản lý",
        [],
        [],
        False,
        None,
        False,
        both_languages(
            title=("Mọi dự án trong khu công nghiệp", "Every project in the park"),
            benefit=(
                "Một đầu mối cho thủ tục đầu tư, xây dựng, môi trường và lao động.",
                "One point of contact for investment, construction, environmental and labour procedures.",
            ),
        ),
    ),
]


# --------------------------------------------------------------------------- loader


def load_demo_park():
    """Create or update the park, its phases, zones, plots, sectors, infrastructure, connections and incentives."""
    tally = Tally()
    # The untranslated base columns (e.g. `name`) take the active language's value on save:
    # pin it to the default language so that every run writes the same thing.
    with transaction.atomic(), batched(), translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        park_values = dict(PARK)
        park = upsert(tally, Park, {"name_vi": park_values.pop("name_vi")}, park_values)

        phases = {}
        for data in PHASES:
            values = {k: v for k, v in data.items() if k != "key"}
            name_vi = values.pop("name_vi")
            values["verified_on"] = VERIFIED_ON
            phases[data["key"]] = upsert(tally, Phase, {"park": park, "name_vi": name_vi}, values)

        sectors = {}
        for order, data in enumerate(SECTORS, start=1):
            values = {k: v for k, v in data.items() if k != "key"}
            name_vi = values.pop("name_vi")
            values["order"] = order
            sector = upsert(tally, Sector, {"name_vi": name_vi}, values)
            set_m2m(tally, sector.phases, [phases["E"], phases["II"]])
            sectors[data["key"]] = sector

        zones = {}
        for phase_key, code, land_use, number, area in ZONES:
            (name_vi, name_en), description = ZONE_TEXT[land_use]
            if number is not None:
                name_vi, name_en = f"{name_vi} số {number}", f"{name_en} {number}"
            values = {
                "land_use": land_use,
                "area_ha": Decimal(area),
                **both_languages(name=(name_vi, name_en), description=description),
            }
            zones[code] = upsert(tally, Zone, {"phase": phases[phase_key], "code": code}, values)

        for code, zone_code, area_m2, status, price, basis, sector_keys in PLOTS:
            zone = zones[zone_code]
            phase_key = next(key for key, phase in phases.items() if phase.pk == zone.phase_id)
            notes = [PLOT_NOTE_STATUS[(phase_key, status)]]
            if zone.land_use == Zone.LandUse.WAREHOUSE:
                notes.append(PLOT_NOTE_WAREHOUSE)
            if basis == WHOLE_TERM:
                notes.append(PLOT_NOTE_WHOLE_TERM)
            notes.append(PLOT_NOTE_ILLUSTRATIVE)
            values = {
                "zone": zone,
                "area_m2": area_m2,
                "status": status,
                "lease_price": None if price is None else Decimal(price),
                "price_basis": basis,
                "currency": Plot.Currency.VND,
                "lease_term_end": PHASE_I_LEASE_END if phase_key == "I" else NEW_LAND_LEASE_END,
                "is_illustrative": True,
                "verified_on": VERIFIED_ON,
                **plot_site_data(phase_key, zone.land_use, area_m2),
                **both_languages(notes=(" ".join(vi for vi, _en in notes), " ".join(en for _vi, en in notes))),
            }
            plot = upsert(tally, Plot, {"code": code}, values)
            set_m2m(tally, plot.allowed_sectors, [sectors[key] for key in sector_keys])

        for order, data in enumerate(INFRASTRUCTURE, start=1):
            values = dict(data, order=order, verified_on=VERIFIED_ON)
            title_vi = values.pop("title_vi")
            upsert(tally, Infrastructure, {"park": park, "title_vi": title_vi}, values)

        for order, (destination, mode, distance, minutes, route, position) in enumerate(CONNECTIONS, start=1):
            values = {
                "mode": mode,
                "distance_km": Decimal(distance),
                "travel_time_minutes": minutes,
                "latitude": Decimal(position[0]),
                "longitude": Decimal(position[1]),
                "order": order,
                "verified_on": VERIFIED_ON,
                **both_languages(route=route, destination=destination),
            }
            upsert(tally, Connection, {"park": park, "destination_vi": values.pop("destination_vi")}, values)

        for order, data in enumerate(INCENTIVES, start=1):
            values = dict(data, order=order, verified_on=VERIFIED_ON)
            title_vi = values.pop("title_vi")
            upsert(tally, Incentive, {"title_vi": title_vi}, values)

        for order, (incentive_title, sector_keys, phase_keys, high_tech, workers, illustrative, texts) in enumerate(
            INCENTIVE_RULES, start=1
        ):
            values = dict(texts, order=order, high_tech_only=high_tech, min_workers=workers)
            values["is_illustrative"] = illustrative
            lookup = {"incentive": Incentive.objects.get(title_vi=incentive_title), "title_vi": values.pop("title_vi")}
            rule = upsert(tally, IncentiveRule, lookup, values)
            set_m2m(tally, rule.sectors, [sectors[key] for key in sector_keys])
            set_m2m(tally, rule.phases, [phases[key] for key in phase_keys])

    return tally.counts()
