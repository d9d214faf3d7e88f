/** Agency names as written in documents: splitting lists, canonical names per locality. */
package vn.plantrack.extract.agency;
