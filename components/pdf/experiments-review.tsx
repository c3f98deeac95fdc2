import { Text, View } from "@react-pdf/renderer";
import type { ExperimentsReviewSection, ReflectionBlock } from "@/lib/report/experiments-review";
import { styles } from "./styles";
import { Table } from "./table";

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
      {block.table ? <Table table={block.table} /> : null}
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
