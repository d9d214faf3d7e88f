/** Tasks, indicators and projects read from the tables of a parsed document. */
package vn.plantrack.extract.table;
