// check_translations FILE.ts...: says what keeps a Qt Linguist file from being a
// complete translation, one line per problem, and exits 1 if there is any:
// - a message not translated, or still marked unfinished;
// - a message whose source has gone from the code (vanished or obsolete), so that a
//   translator reuses or drops it instead of shipping dead text;
// - plural messages without the number of forms the language has (Russian: 3);
// - placeholders (%1..%99, %n) or a keyboard accelerator (&) lost or added.
// docs/translation.md shows where it runs (ctest) and how to fix what it reports.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

struct Message
{
    QString context;
    QString source;
    qint64 line = 0;
    bool numerus = false;
    QString type; // of the translation: "", "unfinished", "vanished", "obsolete"
    QString translation;
    QStringList forms;
};

// Plural forms per language, as Qt's lrelease counts them (qtbase's numerus rules).
int pluralForms(const QString& language)
{
    const QString code = language.section(QLatin1Char('_'), 0, 0);
    static const QHash<QString, int> forms = {{QStringLiteral("en"), 2}, {QStringLiteral("de"), 2},
                                              {QStringLiteral("fr"), 2}, {QStringLiteral("es"), 2},
                                              {QStringLiteral("it"), 2}, {QStringLiteral("he"), 2},
                                              {QStringLiteral("ru"), 3}, {QStringLiteral("uk"), 3},
                                              {QStringLiteral("be"), 3}, {QStringLiteral("pl"), 3},
                                              {QStringLiteral("zh"), 1}, {QStringLiteral("ja"), 1}};
    return forms.value(code, 0);
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(n|[1-9][0-9]?)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    return found;
}

// How many accelerators: an & not doubled ("&&" is a literal ampersand) and not
// before a space ("Q & A").
int accelerators(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (i + 1 < text.size() && !text[i + 1].isSpace())
            ++count;
    }
    return count;
}

QString describe(const Message& m)
{
    QString source = m.source;
    source.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (source.size() > 60)
        source = source.left(57) + QStringLiteral("...");
    return QStringLiteral("line %1: %2 \"%3\"").arg(m.line).arg(m.context, source);
}

QStringList problemsOf(const Message& m, int forms)
{
    QStringList problems;
    if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
        return {QStringLiteral("vanished from the sources (reuse its translation elsewhere, then drop it)")};
    if (m.type == QLatin1String("unfinished"))
        return {QStringLiteral("unfinished")};
    const QStringList texts = m.numerus ? m.forms : QStringList{m.translation};
    if (m.numerus && forms > 0 && m.forms.size() != forms)
        problems << QStringLiteral("%1 plural forms instead of %2").arg(m.forms.size()).arg(forms);
    const QSet<QString> wanted = placeholders(m.source);
    const int wantedAccelerators = accelerators(m.source);
    for (const QString& text : texts) {
        if (text.isEmpty()) {
            problems << QStringLiteral("not translated");
            continue;
        }
        const QSet<QString> got = placeholders(text);
        if (got != wanted) {
            QStringList lost(wanted.cbegin(), wanted.cend());
            QStringList added(got.cbegin(), got.cend());
            for (const QString& p : got)
                lost.removeAll(p);
            for (const QString& p : wanted)
                added.removeAll(p);
            lost.sort();
            added.sort();
            if (!lost.isEmpty())
                problems << QStringLiteral("placeholder %1 lost in \"%2\"").arg(lost.join(QLatin1Char(' ')), text);
            if (!added.isEmpty())
                problems << QStringLiteral("placeholder %1 added in \"%2\"").arg(added.join(QLatin1Char(' ')), text);
        }
        const int gotAccelerators = accelerators(text);
        if (gotAccelerators != wantedAccelerators)
            problems << QStringLiteral("%1 accelerators (&) instead of %2 in \"%3\"")
                            .arg(gotAccelerators)
                            .arg(wantedAccelerators)
                            .arg(text);
    }
    problems.removeDuplicates();
    return problems;
}

// Returns the number of problems in the file, or -1 when it cannot be read.
int check(const QString& path, QTextStream& out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << path << ": cannot be read: " << file.errorString() << '\n';
        return -1;
    }
    QXmlStreamReader xml(&file);
    QString language;
    QString context;
    Message message;
    int messages = 0;
    int problems = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.line = xml.lineNumber();
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.translation = xml.readElementText();
            }
            ++messages;
            for (const QString& problem : problemsOf(message, pluralForms(language))) {
                out << path << ": " << describe(message) << ": " << problem << '\n';
                ++problems;
            }
        }
    }
    if (xml.hasError()) {
        out << path << ": not a translation file: " << xml.errorString() << " at line " << xml.lineNumber() << '\n';
        return -1;
    }
    if (pluralForms(language) == 0) {
        out << path << ": language \"" << language << "\" unknown to this checker: add its plural forms\n";
        return -1;
    }
    out << path << ": " << messages << " messages, " << problems << " problems\n";
    return problems;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        out << "usage: check_translations FILE.ts...\n";
        return 2;
    }
    bool ok = true;
    for (const QString& path : files)
        ok = check(path, out) == 0 && ok;
    return ok ? 0 : 1;
}
