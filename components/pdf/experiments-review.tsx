import { Text, View } from "@react-pdf/renderer";
import type { ExperimentsReviewSection, ReflectionBlock } from "@/lib/report/experiments-review";
import type { ViewTable } from "@/lib/report/view";
import { styles } from "./styles";

function Rows({ table }: { table: ViewTable }) {
  return (
    <View style={styles.table}>
      <View style={styles.headRow}>
        {table.columns.map((c, i) => (
          <Text key={c} style={i === 0 ? styles.cellWide : styles.cell}>
            {c}
          </Text>
        ))}
      </View>
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

function Block({ block }: { block: ReflectionBlock }) {
  return (
    <View style={styles.reflectionBlock}>
      {block.title ? (
        <Text style={styles.bold} minPresenceAhead={48}>
          {block.title}
        </Text>
      ) : null}
      {block.paragraphs.map((p, i) => (
        <Text key={i} style={styles.paragraph}>
          {p}
        </Text>
      ))}
      {block.items.map((item, i) => (
        <View key={i} style={styles.listItem}>
          <Text style={styles.bullet}>–</Text>
          <Text style={styles.grow}>{item}</Text>
        </View>
      ))}
      {block.table ? <Rows table={block.table} /> : null}
      {block.quote ? (
        <View style={styles.quote}>
          <Text style={styles.bold}>{block.quote.label}</Text>
          <Text>{block.quote.text}</Text>
        </View>
      ) : null}
    </View>
  );
}

/** The leader's experiments and quarterly review in the PDF, when they included them: flows after the ratings. */
export function ExperimentsReviewPdf({ section, heading }: { section: ExperimentsReviewSection; heading: (text: string) => React.ReactNode }) {
  return (
    <>
      {heading(section.heading)}
      <Text style={styles.paragraph}>{section.intro}</Text>
      {section.parts.map((part) => (
        <View key={part.heading}>
          <Text style={styles.h3} minPresenceAhead={60}>
            {part.heading}
          </Text>
          {part.blocks.map((b, i) => (
            <Block key={i} block={b} />
          ))}
        </View>
      ))}
    </>
  );
}
