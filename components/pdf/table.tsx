import { Text, View } from "@react-pdf/renderer";
import type { ViewTable } from "@/lib/report/view";
import { styles } from "./styles";

/** A table's header row; `fixed` repeats it on every page the table runs onto. */
export function HeadRow({ columns, wideFirst = false, fixed = false }: { columns: readonly string[]; wideFirst?: boolean; fixed?: boolean }) {
  return (
    <View style={styles.headRow} fixed={fixed}>
      {columns.map((c, i) => (
        <Text key={c} style={wideFirst && i === 0 ? styles.cellWide : styles.cell}>
          {c}
        </Text>
      ))}
    </View>
  );
}

/** A report view table (a header column, then cells): the ratings trends, an experiment's comparison. */
export function Table({ table }: { table: ViewTable }) {
  return (
    <View style={styles.table}>
      <HeadRow columns={table.columns} wideFirst />
      {table.rows.map((row) => (
        <View key={row.header} style={styles.row} wrap={false}>
          <Text style={styles.cellWide}>{row.header}</Text>
          {row.cells.map((c, i) => (
            <Text key={i} style={styles.cell}>
              {c}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
