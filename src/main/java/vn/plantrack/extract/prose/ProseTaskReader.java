package vn.plantrack.extract.prose;

import java.util.List;

import vn.plantrack.extract.TaskItem;

/** Finds tasks written as prose ("Sở X chủ trì, phối hợp với Y ..."; "Tổ chức thực hiện: Cơ quan chủ trì: ..."). */
public final class ProseTaskReader {

	private ProseTaskReader() {
	}

	public static List<TaskItem> read(List<String> lines) {
		return List.of();
	}
}
