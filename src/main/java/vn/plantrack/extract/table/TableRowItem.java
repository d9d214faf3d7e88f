package vn.plantrack.extract.table;

import vn.plantrack.parse.TableRow;

/**
 * An item row of a table after classification: its code (written or derived for '-'/'+' sub-rows, null
 * when missing), its title without the bullet, the cells filled down, and its group.
 */
final class TableRowItem {

	final TableRow row;
	final String code;
	final String parentCode;
	final String title;
	final GroupStack.Group group;
	final GroupStack.Group sector;
	final GroupStack.Group funding;
	final String lead;
	final String coordinating;
	int children;

	TableRowItem(TableRow row, String code, String parentCode, String title, GroupStack.Group group,
			GroupStack.Group sector, GroupStack.Group funding, String lead, String coordinating) {
		this.row = row;
		this.code = code;
		this.parentCode = parentCode;
		this.title = title;
		this.group = group;
		this.sector = sector;
		this.funding = funding;
		this.lead = lead;
		this.coordinating = coordinating;
	}

	String groupLabel() {
		return group == null ? null : group.label();
	}

	int line() {
		return row.firstLine();
	}
}
