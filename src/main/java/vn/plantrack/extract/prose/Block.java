package vn.plantrack.extract.prose;

/** An assignment block "Tổ chức thực hiện: - Cơ quan chủ trì: ... - Cơ quan phối hợp: ... - Thời gian ...". */
record Block(String lead, String coordinating, String period, String resources) {
}
