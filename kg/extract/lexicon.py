"""The words of Vietnamese officialdom: roles, bodies, honorifics, abbreviations.

Patterns are regular-expression fragments matched case-insensitively on
tone-canonical text (see :func:`kg.text.canon_tones`); an abbreviation that is also
an ordinary lower-case word (``TU``, ``CT``) is wrapped in ``(?-i:…)`` so it only
matches in capitals. Nothing here names a person, a date or a province: the grammar
is the language's, not any article's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kg.models import OrgKind

# A word boundary that also works next to Vietnamese letters and dots in "T.Ư".
B = r"(?<![\w.])"
E = r"(?![\w])"

# --- Roles -------------------------------------------------------------------------------
# (role code, pattern), longest first: "phó bí thư thường trực" before "phó bí thư".
ROLE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("deputy_chief_justice", r"phó chánh án"),
    ("chief_justice", r"chánh án"),
    ("deputy_chief_procurator", r"phó viện trưởng"),
    ("chief_procurator", r"viện trưởng"),
    ("deputy_editor_in_chief", r"phó tổng biên tập"),
    ("editor_in_chief", r"tổng biên tập"),
    ("deputy_force_commander", r"phó tư lệnh"),
    ("force_commander", r"tư lệnh"),
    ("deputy_commander", r"phó chỉ huy trưởng"),
    ("commander", r"chỉ huy trưởng"),
    ("deputy_principal", r"phó hiệu trưởng"),
    ("principal", r"hiệu trưởng"),
    ("standing_secretariat_member", r"thường trực(?= ban bí thư)"),  # the Secretariat's standing member
    ("standing_deputy_secretary", r"phó bí thư thường trực|(?-i:PBT TT)"),
    ("deputy_secretary", r"phó bí thư|(?-i:PBT)"),
    ("general_secretary", r"tổng bí thư"),
    ("secretary", r"bí thư"),
    ("alternate_member", r"ủy viên dự khuyết|(?-i:UV) dự khuyết"),
    ("member", r"ủy viên|(?-i:UV)"),
    ("standing_vice_chair", r"phó chủ tịch thường trực|(?-i:PCT TT)|(?-i:PCT) thường trực"),
    ("vice_chair", r"phó chủ tịch|(?-i:PCT)"),
    ("chair", r"chủ tịch|(?-i:CT)"),
    ("deputy_head", r"phó trưởng (?:ban|đoàn|phòng)(?=(?: chuyên trách)? (?:ban|đoàn|phòng) )|phó trưởng"),
    ("head", r"trưởng (?:ban|đoàn|phòng)(?=(?: chuyên trách)? (?:ban|đoàn|phòng) )|trưởng"),
    ("deputy_chief_of_staff", r"phó tham mưu trưởng"),
    ("chief_of_staff", r"tham mưu trưởng"),
    ("deputy_division_director", r"phó vụ trưởng"),
    ("division_director", r"(?<!chức.)vụ trưởng"),  # not "chức vụ Trưởng Ban …"
    ("deputy_general_department_director", r"phó tổng cục trưởng"),
    ("general_department_director", r"tổng cục trưởng"),
    ("deputy_department_director", r"phó cục trưởng"),
    ("department_director", r"cục trưởng"),
    ("deputy_post_commander", r"phó đồn trưởng"),
    ("post_commander", r"đồn trưởng"),
    ("deputy_political_officer", r"phó chính trị viên"),
    ("political_officer", r"chính trị viên"),
    ("deputy_political_commissar", r"phó chính ủy"),
    ("political_commissar", r"chính ủy"),
    ("deputy_director", r"phó giám đốc|phó (?-i:GĐ)"),
    ("director", r"giám đốc|(?-i:GĐ)"),
    ("deputy_chief", r"phó chánh"),
    ("chief", r"chánh"),
    ("deputy_political_director", r"phó chủ nhiệm chính trị"),  # an army unit's political department
    ("political_director", r"chủ nhiệm chính trị"),
    ("standing_commission_vice_chair", r"phó chủ nhiệm thường trực"),
    ("commission_vice_chair", r"phó chủ nhiệm"),
    ("commission_chair", r"chủ nhiệm"),
    ("deputy_agency_head", r"phó thủ trưởng"),
    ("agency_head", r"thủ trưởng"),
    ("deputy_prime_minister", r"phó thủ tướng"),
    ("prime_minister", r"thủ tướng"),

    ("standing_deputy_minister", r"thứ trưởng thường trực"),
    ("deputy_minister", r"thứ trưởng"),
    ("minister", r"bộ trưởng"),
    ("secretary_general", r"tổng thư ký"),  # of the National Assembly, of a mass organisation
    ("delegate", r"đại biểu"),
)

# "Đại biểu" titles only a member of an elected body (Đại biểu Quốc hội, đại biểu HĐND).
ELECTED_ROLES = frozenset({"delegate"})
ELECTED_BODIES = frozenset({"national_assembly", "peoples_council"})

# Words after a role that qualify it without changing the post: Phó Trưởng Đoàn chuyên trách,
# Phó Giám đốc phụ trách Sở Y tế.
ROLE_QUALIFIER = r"chuyên trách|phụ trách"

# Words before a role that change the occupancy's status.
FORMER = r"nguyên|cựu"
ACTING = r"quyền"

# --- Bodies ------------------------------------------------------------------------------


class Scope(StrEnum):
    """Where a body sits: national, or in a province (which the text or the article supplies)."""

    CENTRAL = "central"
    PROVINCIAL = "provincial"


@dataclass(frozen=True)
class BodySpec:
    """One kind of body as written: its pattern, kind and canonical Vietnamese name.

    ``name`` may hold ``{level}`` (``tỉnh`` or ``thành phố``) and ``{committee}``
    (``Tỉnh ủy`` or ``Thành ủy``), filled from the province or, failing that, the text.
    ``parent`` names the spec of the body this one belongs to.
    """

    key: str
    kind: OrgKind
    pattern: str
    name: str
    scope: Scope
    parent: str | None = None


LEVEL = r"tỉnh|thành phố|(?-i:TP)\.?|(?-i:Tp)\.?"
# Levels below the province, each followed by a place name: huyện Đông Hải, xã Định Thành.
LOCAL_LEVEL = r"huyện|thị xã|thành phố|(?-i:TP)\.?|quận|xã|phường|thị trấn"
LOCAL_COMMITTEES: tuple[tuple[str, str], ...] = (
    (r"huyện ủy", "huyện"), (r"thị ủy", "thị xã"), (r"quận ủy", "quận"), (r"thành ủy", "thành phố"),
)
# A Party committee of a body or a commune: Đảng ủy UBND tỉnh, Đảng ủy xã Định Thành, or bare "Đảng ủy".
# The Party's caucus in a ministry or a People's Committee, named with it: "Ban cán sự đảng Bộ Y tế".
PARTY_CAUCUS = r"ban cán sự đảng|(?-i:BCS) đảng|(?-i:BCSĐ)"
PARTY_COMMITTEE_OF = r"đảng ủy|đảng bộ(?= (?:xã|phường|thị trấn|huyện|thị xã|quận)(?![\w]))"
# A committee written without its place, resolved from the article: "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện X".
BARE_LOCAL_COMMITTEES = frozenset({"huyện ủy", "thị ủy", "quận ủy"})
_CENTRAL_CC = (
    r"ban chấp hành trung ương đảng(?: cộng sản việt nam)?|ban chấp hành trung ương"
    r"|(?-i:BCH) (?:trung ương|(?-i:TƯ|TW|T\.Ư|T\.W))(?: đảng)?|(?-i:BCHTW|BCHTƯ)"
    r"|trung ương đảng|(?:(?-i:TƯ|TW|T\.Ư|T\.W)) đảng|trung ương|(?-i:TƯ|TW|T\.Ư|T\.W)"
)
_TU = r"trung ương|(?-i:T\.Ư|TƯ|TW|T\.W)"
_WOMEN = r"(?:liên hiệp phụ nữ|(?-i:LHPN))"
_VETERANS = r"(?:cựu chiến binh|(?-i:CCB))"
_PROVINCIAL_COMMITTEE = (
    r"ban chấp hành đảng bộ (?:tỉnh|thành phố)|(?-i:BCH) đảng bộ (?:tỉnh|thành phố)|đảng bộ (?:tỉnh|thành phố)"
    r"|tỉnh ủy|thành ủy|(?-i:TU)"
)
# "Ban Chấp hành Đảng bộ TPHCM": a provincial committee when a province name follows.
PROVINCIAL_ORGANISATION = r"ban chấp hành đảng bộ|(?-i:BCH) đảng bộ|đảng bộ"
_BLOC_COMMITTEE = (
    r"(?:ban chấp hành đảng bộ|(?-i:BCH) đảng bộ|đảng ủy|đảng bộ) khối"
    r"(?P<bloc> các cơ quan và doanh nghiệp| các cơ quan| doanh nghiệp| cơ quan dân chính đảng)?"
    r"(?: (?:tỉnh|thành phố))?"
)

# Party organs: prefix + the committee they serve (provincial, bloc or central).
PARTY_ORGANS: tuple[tuple[str, OrgKind, str, str], ...] = (
    ("standing_committee", OrgKind.PARTY_STANDING_COMMITTEE, r"ban thường vụ|(?-i:BTV)", "Ban Thường vụ"),
    ("standing_board", OrgKind.PARTY_STANDING_BOARD, r"thường trực", "Thường trực"),
    ("inspection", OrgKind.PARTY_INSPECTION_COMMISSION, r"ủy ban kiểm tra|(?-i:UBKT)", "Ủy ban Kiểm tra"),
    ("organisation", OrgKind.PARTY_COMMISSION, r"ban tổ chức", "Ban Tổ chức"),
    ("party_building", OrgKind.PARTY_COMMISSION, r"ban xây dựng đảng", "Ban Xây dựng Đảng"),  # a commune's, since 2025
    ("propaganda_mass", OrgKind.PARTY_COMMISSION, r"ban tuyên giáo và dân vận", "Ban Tuyên giáo và Dân vận"),
    ("propaganda", OrgKind.PARTY_COMMISSION, r"ban tuyên giáo", "Ban Tuyên giáo"),
    ("mass_mobilisation", OrgKind.PARTY_COMMISSION, r"ban dân vận", "Ban Dân vận"),
    ("internal_affairs", OrgKind.PARTY_COMMISSION, r"ban nội chính", "Ban Nội chính"),
    ("economic", OrgKind.PARTY_COMMISSION, r"ban kinh tế", "Ban Kinh tế"),
    ("policy", OrgKind.PARTY_COMMISSION, r"ban chính sách,? chiến lược", "Ban Chính sách, chiến lược"),
    ("office", OrgKind.PARTY_COMMISSION, r"văn phòng", "Văn phòng"),
)

# Organs of a People's Council, People's Committee, National Assembly delegation or Fatherland Front
# committee: prefix, name.
STATE_ORGANS: tuple[tuple[str, str, str], ...] = (
    ("front_standing_board", r"ban thường trực", "Ban Thường trực"),
    ("standing_board", r"thường trực", "Thường trực"),
    ("democracy_law", r"ban dân chủ ?[-–] ?pháp luật", "Ban Dân chủ - Pháp luật"),
    ("movements", r"ban phong trào", "Ban Phong trào"),
    ("legal", r"ban pháp chế", "Ban Pháp chế"),
    ("economy_budget", r"ban kinh tế ?[-–] ?ngân sách", "Ban Kinh tế - Ngân sách"),
    ("culture_society", r"ban văn hóa ?[-–] ?xã hội", "Ban Văn hóa - Xã hội"),
    ("ethnic", r"ban dân tộc", "Ban Dân tộc"),
    ("urban", r"ban đô thị", "Ban Đô thị"),
    ("office", r"văn phòng", "Văn phòng"),
    ("presidium", r"đoàn chủ tịch", "Đoàn Chủ tịch"),
)
# The committees of a People's Council, which name it even when written alone: "bầu các Trưởng ban HĐND tỉnh:
# Trưởng Ban Pháp chế A; …". (Ban Dân tộc alone only: followed by a place it is the province's agency.)
COUNCIL_COMMITTEES = frozenset({"legal", "economy_budget", "culture_society", "urban", "ethnic"})
STATE_ORGAN_PARENTS = frozenset({"peoples_council", "peoples_committee", "na_delegation", "fatherland_front",
                                 "government", "national_assembly",
                                 "central_front", "central_women", "central_farmers", "central_veterans",
                                 "labour_confederation", "national_women", "national_farmers",
                                 "national_veterans"})

# Provincial departments (Sở), the closed list the ministries mirror.
DEPARTMENTS: tuple[tuple[str, str], ...] = (
    (r"tài nguyên và môi trường|(?-i:TN-MT|TN&MT|TNMT)", "Tài nguyên và Môi trường"),
    (r"kế hoạch và đầu tư|(?-i:KH-ĐT|KH&ĐT|KHĐT)", "Kế hoạch và Đầu tư"),
    (r"nông nghiệp và phát triển nông thôn|nông nghiệp và (?-i:PTNT)|(?-i:NN-PTNT|NN&PTNT|NNPTNT)",
     "Nông nghiệp và Phát triển nông thôn"),
    (r"nông nghiệp và môi trường", "Nông nghiệp và Môi trường"),
    (r"giáo dục và đào tạo|(?-i:GD-ĐT|GD&ĐT|GDĐT)", "Giáo dục và Đào tạo"),
    (r"lao động,? thương binh và xã hội|lao động - thương binh và xã hội|(?-i:LĐ-TB&XH|LĐTBXH)",
     "Lao động - Thương binh và Xã hội"),
    (r"văn hóa,? thể thao và du lịch|văn hóa - thể thao và du lịch|(?-i:VH-TT&DL|VHTTDL)",
     "Văn hóa, Thể thao và Du lịch"),
    (r"văn hóa và thể thao", "Văn hóa và Thể thao"),
    (r"thông tin và truyền thông|(?-i:TT&TT|TT-TT)", "Thông tin và Truyền thông"),
    (r"khoa học và công nghệ|(?-i:KH&CN|KH-CN|KHCN)", "Khoa học và Công nghệ"),
    (r"giao thông vận tải|(?-i:GTVT)", "Giao thông vận tải"),
    (r"tài chính", "Tài chính"),
    (r"xây dựng", "Xây dựng"),
    (r"nội vụ", "Nội vụ"),
    (r"tư pháp", "Tư pháp"),
    (r"y tế", "Y tế"),
    (r"công thương", "Công Thương"),
    (r"ngoại vụ", "Ngoại vụ"),
    (r"du lịch", "Du lịch"),
    (r"dân tộc và tôn giáo", "Dân tộc và Tôn giáo"),
    (r"quy hoạch ?[-–] ?kiến trúc|quy hoạch và kiến trúc", "Quy hoạch - Kiến trúc"),
    (r"giao thông công chính", "Giao thông công chính"),
)

# Stand-alone provincial bodies: (key, kind, pattern, canonical name).
PROVINCIAL_BODIES: tuple[tuple[str, OrgKind, str, str], ...] = (
    ("peoples_council", OrgKind.PEOPLES_COUNCIL, r"hội đồng nhân dân|(?-i:HĐND)", "Hội đồng nhân dân {level}"),
    ("peoples_committee", OrgKind.PEOPLES_COMMITTEE, r"ủy ban nhân dân|(?-i:UBND)", "Ủy ban nhân dân {level}"),
    ("na_delegation", OrgKind.NATIONAL_ASSEMBLY_DELEGATION,
     r"đoàn đại biểu quốc hội|đoàn (?-i:ĐBQH)", "Đoàn đại biểu Quốc hội {level}"),
    ("fatherland_front", OrgKind.FATHERLAND_FRONT,
     r"ủy ban mặt trận tổ quốc(?: việt nam)?|ủy ban (?-i:MTTQ)(?: việt nam)?|(?-i:UBMTTQ)(?: việt nam)?"
     r"|mặt trận tổ quốc việt nam|(?-i:MTTQ) việt nam",
     "Ủy ban Mặt trận Tổ quốc Việt Nam {level}"),
    ("labour_federation", OrgKind.MASS_ORGANIZATION, r"liên đoàn lao động|(?-i:LĐLĐ)", "Liên đoàn Lao động {level}"),
    ("farmers", OrgKind.MASS_ORGANIZATION, r"hội nông dân", "Hội Nông dân {level}"),
    ("women", OrgKind.MASS_ORGANIZATION, r"hội liên hiệp phụ nữ|hội (?-i:LHPN)", "Hội Liên hiệp Phụ nữ {level}"),
    ("veterans", OrgKind.MASS_ORGANIZATION, r"hội cựu chiến binh|hội (?-i:CCB)", "Hội Cựu chiến binh {level}"),
    ("youth_union", OrgKind.MASS_ORGANIZATION, r"tỉnh đoàn|thành đoàn", "Tỉnh Đoàn"),
    ("trade_union", OrgKind.MASS_ORGANIZATION, r"công đoàn", "Công đoàn {level}"),
    ("ethnic_committee", OrgKind.DEPARTMENT, r"ban dân tộc", "Ban Dân tộc {level}"),
    ("inspectorate", OrgKind.DEPARTMENT, r"thanh tra", "Thanh tra {level}"),
    ("police_investigation", OrgKind.ARMED_FORCES_UNIT,
     r"cơ quan (?:cảnh sát điều tra|(?-i:CSĐT))(?: công an)?", "Cơ quan Cảnh sát điều tra Công an {level}"),
    ("security_investigation", OrgKind.ARMED_FORCES_UNIT,
     r"cơ quan (?:an ninh điều tra|(?-i:ANĐT))(?: công an)?", "Cơ quan An ninh điều tra Công an {level}"),
    ("police", OrgKind.ARMED_FORCES_UNIT, r"công an", "Công an {level}"),
    ("military_command", OrgKind.ARMED_FORCES_UNIT, r"bộ chỉ huy quân sự|bộ (?-i:CHQS)", "Bộ Chỉ huy Quân sự {level}"),
    ("local_military_command", OrgKind.ARMED_FORCES_UNIT, r"ban chỉ huy quân sự|ban (?-i:CHQS)",
     "Ban Chỉ huy Quân sự {level}"),  # a district's or a commune's
    ("defence_zone_command", OrgKind.ARMED_FORCES_UNIT,
     r"ban chỉ huy phòng thủ khu vực (?P<detail>\d{1,2})",
     "Ban Chỉ huy Phòng thủ khu vực {detail}"),
    ("border_guard", OrgKind.ARMED_FORCES_UNIT,
     r"bộ chỉ huy bộ đội biên phòng|bộ chỉ huy (?-i:BĐBP)|bộ đội biên phòng|(?-i:BĐBP)",
     "Bộ Chỉ huy Bộ đội Biên phòng {level}"),
    ("political_school", OrgKind.DEPARTMENT, r"trường chính trị", "Trường Chính trị {level}"),
    ("regional_court", OrgKind.DEPARTMENT, r"(?:tòa án nhân dân|(?-i:TAND)) khu vực (?P<detail>\d{1,2})",
     "Tòa án nhân dân khu vực {detail}"),
    ("regional_procuracy", OrgKind.DEPARTMENT, r"(?:viện kiểm sát nhân dân|(?-i:VKSND)) khu vực (?P<detail>\d{1,2})",
     "Viện Kiểm sát nhân dân khu vực {detail}"),
    ("court", OrgKind.DEPARTMENT, r"tòa án nhân dân|(?-i:TAND)", "Tòa án nhân dân {level}"),
    ("procuracy", OrgKind.DEPARTMENT, r"viện kiểm sát nhân dân|(?-i:VKSND)", "Viện Kiểm sát nhân dân {level}"),
    ("broadcaster", OrgKind.DEPARTMENT, r"đài phát thanh (?:và|-) truyền hình|đài (?-i:PT-TH|PTTH)",
     "Đài Phát thanh và Truyền hình {level}"),
    ("economic_zone_board", OrgKind.DEPARTMENT, r"ban quản lý khu kinh tế", "Ban Quản lý Khu kinh tế {level}"),
    ("industrial_zones_board", OrgKind.DEPARTMENT, r"ban quản lý các khu công nghiệp|ban quản lý (?-i:KCN)",
     "Ban Quản lý các khu công nghiệp {level}"),
    # A province's boards that manage its building investments, named by what they build.
    ("civil_works_board", OrgKind.DEPARTMENT,
     r"ban quản lý dự án đầu tư xây dựng (?:các )?công trình dân dụng và công nghiệp",
     "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp {level}"),
    ("transport_works_board", OrgKind.DEPARTMENT, r"ban quản lý dự án đầu tư xây dựng (?:các )?công trình giao thông",
     "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông {level}"),
    ("agriculture_works_board", OrgKind.DEPARTMENT,
     r"ban quản lý dự án đầu tư xây dựng (?:các )?công trình nông nghiệp(?: và phát triển nông thôn| và (?-i:PTNT))?",
     "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp {level}"),
    ("works_board", OrgKind.DEPARTMENT, r"ban quản lý dự án đầu tư xây dựng",
     "Ban Quản lý dự án đầu tư xây dựng {level}"),
    ("cooperative_alliance", OrgKind.MASS_ORGANIZATION, r"liên minh hợp tác xã", "Liên minh Hợp tác xã {level}"),
    ("health_care", OrgKind.PARTY_COMMISSION, r"ban bảo vệ,? chăm sóc sức khỏe cán bộ",
     "Ban Bảo vệ, chăm sóc sức khỏe cán bộ {level}"),
    ("media", OrgKind.DEPARTMENT, r"báo và phát thanh,? truyền hình", "Báo và Phát thanh, Truyền hình {level}"),
    ("disease_control", OrgKind.DEPARTMENT, r"trung tâm kiểm soát bệnh tật", "Trung tâm Kiểm soát bệnh tật {level}"),
    ("judgment_enforcement", OrgKind.DEPARTMENT, r"cục thi hành án dân sự", "Cục Thi hành án dân sự {level}"),
    ("tax_department", OrgKind.DEPARTMENT, r"cục thuế", "Cục Thuế {level}"),
    ("statistics_office", OrgKind.DEPARTMENT, r"cục thống kê", "Cục Thống kê {level}"),
    ("customs", OrgKind.DEPARTMENT, r"cục hải quan", "Cục Hải quan {level}"),
)

# Central bodies: (key, kind, pattern, canonical name).
CENTRAL_BODIES: tuple[tuple[str, OrgKind, str, str], ...] = (
    ("politburo", OrgKind.CENTRAL_PARTY_BODY, r"bộ chính trị", "Bộ Chính trị"),
    ("secretariat", OrgKind.CENTRAL_PARTY_BODY, r"ban bí thư(?: trung ương đảng)?", "Ban Bí thư"),
    ("central_committee", OrgKind.CENTRAL_PARTY_BODY, _CENTRAL_CC, "Ban Chấp hành Trung ương Đảng"),
    # The Standing Committee's board for deputies, before 2025 (since then a committee of the Assembly's own).
    ("na_deputies_board", OrgKind.CENTRAL_STATE_BODY,
     r"ban công tác đại biểu(?: (?:thuộc |của |\()?ủy ban thường vụ quốc hội\)?)?",
     "Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội"),
    ("na_standing_committee", OrgKind.CENTRAL_STATE_BODY, r"ủy ban thường vụ quốc hội", "Ủy ban Thường vụ Quốc hội"),
    # The National Assembly's council and committees, which it names "… của Quốc hội".
    ("na_ethnic_council", OrgKind.CENTRAL_STATE_BODY, r"hội đồng dân tộc(?: (?:của )?quốc hội)?",
     "Hội đồng Dân tộc của Quốc hội"),
    ("na_committee", OrgKind.CENTRAL_STATE_BODY,
     r"ủy ban (?P<detail>pháp luật(?: và tư pháp)?|tư pháp|kinh tế(?: và tài chính)?|tài chính,? ngân sách|"
     r"quốc phòng(?:,| và) an ninh(?: và đối ngoại)?|văn hóa,? giáo dục(?:,? thanh niên,? thiếu niên và nhi đồng)?|"
     r"văn hóa và xã hội|các vấn đề xã hội|xã hội|khoa học,? công nghệ và môi trường|đối ngoại|công tác đại biểu) "
     r"(?:của )?quốc hội",
     "Ủy ban {detail} của Quốc hội"),
    ("national_assembly", OrgKind.CENTRAL_STATE_BODY, r"quốc hội", "Quốc hội"),
    ("government", OrgKind.CENTRAL_STATE_BODY, r"chính phủ", "Chính phủ"),
    ("state", OrgKind.CENTRAL_STATE_BODY, r"nước(?= )", "Nước"),
    # The Border Guard's national command: "Phó Tư lệnh BĐBP"; followed by a place it is a province's.
    ("border_guard_command", OrgKind.ARMED_FORCES_UNIT,
     r"(?:bộ tư lệnh )?(?:bộ đội biên phòng|(?-i:BĐBP))(?: việt nam)?(?!\s+(?:tỉnh|thành phố|(?-i:[A-ZĐ])))",
     "Bộ đội Biên phòng"),
    # "Phó Chính ủy Quân khu" without its number: the one region the article numbers (see the parser).
    ("military_region", OrgKind.ARMED_FORCES_UNIT, r"quân khu(?: (?P<detail>\d{1,2}))?", "Quân khu {detail}"),
    ("central_front", OrgKind.FATHERLAND_FRONT,
     r"ủy ban (?:trung ương|(?-i:T\.Ư|TƯ|TW)) (?:mặt trận tổ quốc|(?-i:MTTQ)) việt nam",
     "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("central_veterans", OrgKind.MASS_ORGANIZATION, rf"(?:{_TU}) hội {_VETERANS} việt nam",
     "Trung ương Hội Cựu chiến binh Việt Nam"),
    ("central_farmers", OrgKind.MASS_ORGANIZATION, rf"(?:{_TU}) hội nông dân việt nam",
     "Trung ương Hội Nông dân Việt Nam"),
    ("central_women", OrgKind.MASS_ORGANIZATION, rf"(?:{_TU}) hội {_WOMEN} việt nam",
     "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"),
    # The national organisation itself, written without "Trung ương": "Phó Chủ tịch Hội LHPN Việt Nam".
    ("national_veterans", OrgKind.MASS_ORGANIZATION, rf"hội {_VETERANS} việt nam", "Hội Cựu chiến binh Việt Nam"),
    ("national_farmers", OrgKind.MASS_ORGANIZATION, r"hội nông dân việt nam", "Hội Nông dân Việt Nam"),
    ("national_women", OrgKind.MASS_ORGANIZATION, rf"hội {_WOMEN} việt nam", "Hội Liên hiệp Phụ nữ Việt Nam"),
    ("supreme_court", OrgKind.CENTRAL_STATE_BODY, r"(?:tòa án nhân dân|(?-i:TAND)) tối cao",
     "Tòa án nhân dân tối cao"),
    ("supreme_procuracy", OrgKind.CENTRAL_STATE_BODY, r"(?:viện kiểm sát nhân dân|(?-i:VKSND)) tối cao",
     "Viện Kiểm sát nhân dân tối cao"),
    ("labour_confederation", OrgKind.MASS_ORGANIZATION,
     r"tổng liên đoàn lao động việt nam|tổng (?-i:LĐLĐ) việt nam", "Tổng Liên đoàn Lao động Việt Nam"),
)

# Ministries (Bộ …) of the Government.
MINISTRIES: tuple[tuple[str, str], ...] = (
    (r"nông nghiệp và phát triển nông thôn|(?-i:NN&PTNT|NN-PTNT)", "Nông nghiệp và Phát triển nông thôn"),
    (r"nông nghiệp và môi trường", "Nông nghiệp và Môi trường"),
    (r"tài nguyên và môi trường|(?-i:TN-MT|TN&MT|TNMT)", "Tài nguyên và Môi trường"),
    (r"kế hoạch và đầu tư|(?-i:KH-ĐT|KH&ĐT|KHĐT)", "Kế hoạch và Đầu tư"),
    (r"công thương", "Công Thương"),
    (r"tài chính", "Tài chính"),
    (r"công an", "Công an"),
    (r"quốc phòng", "Quốc phòng"),
    (r"ngoại giao", "Ngoại giao"),
    (r"nội vụ", "Nội vụ"),
    (r"tư pháp", "Tư pháp"),
    (r"y tế", "Y tế"),
    (r"giáo dục và đào tạo|(?-i:GD-ĐT|GD&ĐT|GDĐT)", "Giáo dục và Đào tạo"),
    (r"xây dựng", "Xây dựng"),
    (r"giao thông vận tải|(?-i:GTVT)", "Giao thông vận tải"),
    (r"khoa học và công nghệ|(?-i:KH&CN|KH-CN|KHCN)", "Khoa học và Công nghệ"),
    (r"thông tin và truyền thông|(?-i:TT&TT|TT-TT)", "Thông tin và Truyền thông"),
    (r"văn hóa,? thể thao và du lịch|(?-i:VH-TT&DL|VHTTDL)", "Văn hóa, Thể thao và Du lịch"),
    (r"lao động,? thương binh và xã hội|lao động - thương binh và xã hội|(?-i:LĐ-TB&XH|LĐTBXH)",
     "Lao động - Thương binh và Xã hội"),
    (r"dân tộc và tôn giáo", "Dân tộc và Tôn giáo"),
)

# Public institutions named by a name of their own: "Trường Đại học Tây Nguyên", "Bệnh viện Đa khoa tỉnh".
INSTITUTIONS: tuple[tuple[str, str], ...] = (
    (r"trường đại học", "Trường Đại học"), (r"trường cao đẳng", "Trường Cao đẳng"), (r"đại học", "Đại học"),
    (r"học viện", "Học viện"), (r"bệnh viện", "Bệnh viện"),
)
INSTITUTION = "|".join(p for p, _ in INSTITUTIONS)
# Lowercase words that end an institution's name: verbs and function words that follow it in a sentence.
INSTITUTION_NAME_STOP = frozenset(
    "nhiệm kỳ cho đã đang vừa và là được giữ tại của với về năm nhà tổ có trao phát cùng trong ngày sáng chiều "
    "lần thứ khóa từ đến theo để sẽ này đó cũng gồm thuộc nhận tiếp làm kiêm phụ trách tỉnh thành huyện quận "
    "thị xã phường chủ dự tham công".split()
)

# Lowercase words that go on with the sentence, not with a unit's name ("Vụ Tổ chức cán bộ công bố …",
# "Tổng cục Du lịch kể từ ngày …"); words that may be part of a unit's name (công, phát, dự …) are left out,
# "công bố" (announces) is told apart by its second word.
UNIT_NAME_STOP = frozenset(
    "nhiệm kỳ cho đã đang vừa là được giữ tại của với năm có trao cùng trong ngày sáng chiều lần khóa từ đến "
    "theo để sẽ này đó cũng gồm thuộc nhận tiếp làm kiêm phụ trách kể".split()
)

PROVINCIAL_COMMITTEE = _PROVINCIAL_COMMITTEE
BLOC_COMMITTEE = _BLOC_COMMITTEE

# Titles written as one word or without their body: (pattern, role code, body key).
FUSED_TITLES: tuple[tuple[str, str, str], ...] = (
    (r"tỉnh ủy viên|thành ủy viên", "member", "provincial_committee"),
    (r"huyện ủy viên|thị ủy viên|quận ủy viên", "member", "local_committee"),
    (r"tổng bí thư(?: ban chấp hành trung ương đảng| trung ương đảng)?", "general_secretary", "central_committee"),
    (r"chủ tịch nước", "president", "state"),
    (r"phó chủ tịch nước", "vice_president", "state"),
    (r"phó thủ tướng(?: chính phủ)?", "deputy_prime_minister", "government"),
    (r"thủ tướng(?: chính phủ)?", "prime_minister", "government"),
    (r"(?-i:UVTW|UVTƯ)(?: đảng)?", "member", "central_committee"),
    (r"đại biểu quốc hội|(?-i:ĐBQH)", "delegate", "national_assembly"),
)

# --- People ------------------------------------------------------------------------------
HONORIFICS = ("đồng chí", "đ/c", "ông", "bà", "anh", "chị")
# A rank of the army or police (Đại tá, Thiếu tướng …), written before a name; not part of it.
RANK = r"(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy)"
ACADEMIC = ("gs", "pgs", "ts", "ths", "bs", "ks", "ls", "cn", "gs.ts", "pgs.ts", "ts.bs")
# The same prefixes as written before a name, which they introduce as an honorific does: "PGS.TS X", "BS.CKII X".
ACADEMIC_PREFIX = r"(?-i:(?:(?:PGS|GS)\.\s?TS(?:KH)?|TS\.\s?BS|BS\.\s?CKI{1,2}|PGS|GS|TS|ThS|BS|NGƯT|NGND)\.?)"
# The commonest surnames, preferred where a place name and a person's name meet.
COMMON_SURNAMES = ("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
                   "hồ", "ngô", "dương", "lý", "đào", "đoàn", "trương", "đinh")
# Surnames, used to tell where a place name before a person's name ends.
SURNAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn vương trịnh trương "
    "lâm phùng mai tô hà tạ lương đinh thái cao châu lưu kiều quách triệu tôn khúc nông la lò hầu giàng "
    "mạc thân chu từ âu ông vi lục hứa kim mã quan giáp khổng tăng nghiêm lã lại diệp cù đàm ninh "
    "đậu thạch sơn y ksor rơ điểu h' tống lạc kha doãn sầm cầm quàng danh bế tiêu an bạch biện cấn chế "
    "chử đồng hàn khương liêu lộc lữ mẫn ngọ nhữ phí quang sái thiều tiết ứng viên xa siu nay niê mlô "
    "êban bdap ka k' lường hoàng giang bàn triệu chảo sùng thào vàng mùa cứ hạng lầu tráng tẩn sần lù phàn chẻo "
    "hảng cháng vừ sình pờ ly".split()
)
# Words that start with a capital yet are never part of a person's name.
NOT_NAME_WORDS = frozenset(
    "tỉnh huyện xã ủy ban đảng sở khóa phó bí chủ tịch giám đốc trưởng ảnh nguồn các những của "
    "với tại dự cùng theo hội".split()
)
# Capitalised runs that read like names but are not persons: countries, and provinces of the past.
NOT_PERSON_NAMES = frozenset({
    "việt nam", "trung quốc", "hoa kỳ", "hàn quốc", "nhật bản", "lào", "campuchia",
    "cao lạng", "vĩnh phú", "hà nam ninh", "nghĩa bình", "hà tuyên", "hoàng liên sơn", "bình trị thiên",
    "sông bé", "minh hải", "cửu long", "phú khánh", "thuận hải", "hà sơn bình", "bắc thái", "hà bắc",
    "hải hưng", "nghệ tĩnh", "gia lai - kon tum", "quảng nam - đà nẵng", "hậu giang cũ",
})
# Middle names that make a capitalised run a person's name rather than a place's.
MIDDLE_NAMES = frozenset({"thị", "văn"})
