package vn.plantrack.synthetic;

import java.util.List;

/** The words synthetic documents are made of: names, task phrases and indicators as provinces write them. */
final class Vocabulary {

	private Vocabulary() {
	}

	/** The 34 provincial units after the 2025 reorganisation. */
	static final List<String> PROVINCES = List.of("Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn",
			"Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên",
			"Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai",
			"Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long",
			"Đồng Tháp", "Cà Mau", "An Giang");

	static final List<String> DEPARTMENTS = List.of("Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Công Thương",
			"Sở Xây dựng", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường",
			"Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Sở Ngoại vụ", "Thanh tra tỉnh",
			"Văn phòng UBND tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Ban Quản lý các khu công nghiệp",
			"Đài Phát thanh và Truyền hình tỉnh", "Trường Chính trị tỉnh", "Liên minh Hợp tác xã tỉnh",
			"Bảo hiểm xã hội tỉnh", "Thuế tỉnh", "Thống kê tỉnh", "Hội Nông dân tỉnh", "Tỉnh Đoàn",
			"Hội Liên hiệp Phụ nữ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ngân hàng Chính sách xã hội chi nhánh tỉnh");

	static final List<String> CENTRES = List.of("Trung tâm Phục vụ hành chính công", "Trung tâm Khuyến nông",
			"Trung tâm Kiểm soát bệnh tật", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch",
			"Trung tâm Dịch vụ việc làm", "Ban Quản lý dự án đầu tư xây dựng", "Trung tâm Quan trắc môi trường",
			"Trung tâm Công nghệ thông tin và truyền thông");

	static final List<String> COMMUNE_FIRST = List.of("Mường", "Chiềng", "Tân", "Phúc", "Hòa", "Yên", "Bình", "Thạch",
			"Vĩnh", "Long", "Đông", "Thanh");

	static final List<String> COMMUNE_SECOND = List.of("Sơn", "Lâm", "Phong", "Hưng", "An", "Thịnh", "Lợi", "Tiến",
			"Khê", "Bon", "Mai", "Xuân");

	static final List<String> PLAN_KINDS = List.of("Kế hoạch", "Chương trình hành động", "Kế hoạch", "Nghị quyết");

	static final List<String> TOPICS = List.of("phát triển kinh tế - xã hội", "chuyển đổi số",
			"xây dựng nông thôn mới", "giảm nghèo bền vững", "phát triển du lịch", "cải cách hành chính",
			"bảo vệ môi trường", "phát triển giáo dục và đào tạo", "chăm sóc sức khỏe nhân dân", "phát triển hạ tầng giao thông",
			"thu hút đầu tư", "phát triển nguồn nhân lực");

	static final List<String> GROUPS = List.of("Nhiệm vụ chung", "Hoàn thiện thể chế, cơ chế, chính sách",
			"Phát triển hạ tầng", "Phát triển nguồn nhân lực", "Ứng dụng khoa học, công nghệ", "Huy động nguồn lực",
			"Tuyên truyền, nâng cao nhận thức", "Kiểm tra, giám sát");

	static final List<String> VERBS = List.of("Triển khai thực hiện", "Rà soát, hoàn thiện", "Xây dựng và ban hành",
			"Tổ chức tuyên truyền về", "Đẩy mạnh", "Nâng cao hiệu quả", "Kiểm tra, đánh giá", "Tham mưu UBND tỉnh ban hành",
			"Huy động nguồn lực cho", "Đầu tư nâng cấp", "Sơ kết, tổng kết", "Hướng dẫn các xã, phường thực hiện");

	static final List<String> OBJECTS = List.of("cơ sở dữ liệu dùng chung của tỉnh", "quy hoạch sử dụng đất",
			"chương trình mục tiêu quốc gia giảm nghèo", "hạ tầng giao thông nông thôn", "hệ thống thủy lợi",
			"trường học đạt chuẩn quốc gia", "trạm y tế xã", "dịch vụ công trực tuyến toàn trình", "chuỗi liên kết sản xuất nông sản",
			"sản phẩm OCOP", "điểm du lịch cộng đồng", "khu công nghiệp", "nguồn nước sinh hoạt", "rừng phòng hộ đầu nguồn",
			"thu gom, xử lý chất thải rắn", "đào tạo nghề cho lao động nông thôn", "hợp tác xã kiểu mới",
			"thủ tục hành chính", "chính quyền số", "an toàn thông tin mạng", "bảo hiểm y tế toàn dân",
			"thiết chế văn hóa cơ sở", "phòng, chống thiên tai", "đề án sắp xếp dân cư", "chợ nông thôn");

	static final List<String> REASONS = List.of("Chờ bố trí vốn", "Điều chỉnh theo chính quyền địa phương hai cấp",
			"Đã lồng ghép vào nhiệm vụ khác", "Chờ hướng dẫn của bộ, ngành Trung ương");

	/** Plan indicators: name, unit, a typical value, and whether smaller is better. */
	record IndicatorKind(String name, String unit, double typical, boolean lowerIsBetter) {
	}

	static final List<IndicatorKind> INDICATORS = List.of(
			new IndicatorKind("Tốc độ tăng trưởng GRDP bình quân", "%", 8, false),
			new IndicatorKind("GRDP bình quân đầu người", "triệu đồng", 95, false),
			new IndicatorKind("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", 9, true),
			new IndicatorKind("Tỷ lệ che phủ rừng", "%", 46, false),
			new IndicatorKind("Số xã đạt chuẩn nông thôn mới", "xã", 40, false),
			new IndicatorKind("Tỷ lệ trường học đạt chuẩn quốc gia", "%", 70, false),
			new IndicatorKind("Số bác sĩ trên 1 vạn dân", "bác sĩ", 12, false),
			new IndicatorKind("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, false),
			new IndicatorKind("Tổng vốn đầu tư toàn xã hội", "tỷ đồng", 60000, false),
			new IndicatorKind("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 7000, false),
			new IndicatorKind("Tỷ lệ lao động qua đào tạo", "%", 65, false),
			new IndicatorKind("Tỷ lệ đô thị hóa", "%", 25, false),
			new IndicatorKind("Số doanh nghiệp thành lập mới", "doanh nghiệp", 600, false),
			new IndicatorKind("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "%", 92, false),
			new IndicatorKind("Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh", "%", 93, false),
			new IndicatorKind("Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến", "%", 60, false),
			new IndicatorKind("Diện tích cây ăn quả", "ha", 80000, false),
			new IndicatorKind("Tổng lượt khách du lịch", "nghìn lượt", 3500, false),
			new IndicatorKind("Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", "%", 20, true),
			new IndicatorKind("Số giường bệnh trên 1 vạn dân", "giường", 32, false));

	static final List<String> AREAS = List.of("", " khu vực nông thôn", " khu vực đô thị", " vùng đồng bào dân tộc thiểu số",
			" vùng biên giới", " các xã đặc biệt khó khăn", " của khu vực doanh nghiệp", " trong lĩnh vực công");

	/** Commune series reported monthly. */
	static final List<IndicatorKind> COMMUNE_INDICATORS = List.of(
			new IndicatorKind("Số hộ nghèo", "hộ", 300, true),
			new IndicatorKind("Số lao động được tạo việc làm mới", "người", 40, false),
			new IndicatorKind("Thu ngân sách xã", "triệu đồng", 900, false),
			new IndicatorKind("Diện tích gieo trồng", "ha", 1200, false),
			new IndicatorKind("Số trẻ em được tiêm chủng đầy đủ", "trẻ", 60, false),
			new IndicatorKind("Số hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ", 250, false),
			new IndicatorKind("Số người tham gia bảo hiểm y tế", "người", 7000, false),
			new IndicatorKind("Sản lượng lương thực có hạt", "tấn", 700, false),
			new IndicatorKind("Tổng đàn gia súc", "con", 5000, false),
			new IndicatorKind("Số vụ vi phạm trật tự xây dựng", "vụ", 3, true),
			new IndicatorKind("Chiều dài đường giao thông được cứng hóa", "km", 2, false),
			new IndicatorKind("Số hộ được cấp nước sạch", "hộ", 2500, false));
}
