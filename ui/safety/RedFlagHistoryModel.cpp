#include "safety/RedFlagHistoryModel.h"

#include "ColumnTitles.h"
#include "i18n/DataTexts.h"
#include "safety/FindingPresentation.h"
#include "safety/RedFlagCatalog.h"
#include "style/Tones.h"

#include <QFont>
#include <QLocale>

namespace gradus {

void RedFlagHistoryModel::setScreens(QList<RedFlagScreen> screens)
{
    std::reverse(screens.begin(), screens.end()); // the repository gives oldest first
    setRecords(std::move(screens));
}

QString RedFlagHistoryModel::flagsText(const RedFlagScreen& screen) const
{
    if (!screen.positive())
        return tr("None (screen clear)");
    const auto& catalog = DataTexts::display().redFlagCatalog();
    QStringList labels;
    for (const auto& code : screen.flags) {
        const auto* flag = catalog.find(code);
        labels.append(flag ? flag->label : code);
    }
    return labels.join(u'\n'); // one flag a line: the table wraps rows to fit
}

QString RedFlagHistoryModel::flagsTooltip(const RedFlagScreen& screen) const
{
    if (!screen.positive())
        return tr("No red flags were found at this screen.");
    const auto& catalog = DataTexts::display().redFlagCatalog();
    QStringList items;
    for (const auto& code : screen.flags) {
        const auto* flag = catalog.find(code);
        const auto* tier = flag ? catalog.tier(flag->tier) : nullptr;
        items.append(
            u"<li>%1 <i>(%2)</i></li>"_qs.arg((flag ? flag->label : code).toHtmlEscaped(),
                                              (tier ? tier->label : QString()).toHtmlEscaped()));
    }
    return u"<ul style=\"margin:0\">%1</ul>"_qs.arg(items.join(QString()));
}

QString RedFlagHistoryModel::decisionText(const RedFlagScreen& screen) const
{
    if (!screen.positive())
        return {};
    // One line per flag, beside the flag's own line, unless one decision covers them all.
    QStringList lines;
    for (const auto& code : screen.flags) {
        const auto it = screen.flagDecisions.constFind(code);
        lines.append(it == screen.flagDecisions.cend() ? tr("No decision yet")
                                                       : redFlagDecisionLabel(it->decision));
    }
    QStringList distinct = lines;
    distinct.removeDuplicates();
    return distinct.size() == 1 ? distinct.first() : lines.join(u'\n');
}

QString RedFlagHistoryModel::noteText(const RedFlagScreen& screen) const
{
    QStringList notes;
    for (const auto& code : screen.flags)
        if (const auto it = screen.flagDecisions.constFind(code);
            it != screen.flagDecisions.cend() && !it->note.isEmpty() && !notes.contains(it->note))
            notes.append(it->note);
    if (notes.isEmpty() && !screen.note.isEmpty())
        notes.append(screen.note);
    return notes.join(u" / "_qs);
}

QString RedFlagHistoryModel::decisionTooltip(const RedFlagScreen& screen) const
{
    const auto& catalog = DataTexts::display().redFlagCatalog();
    QStringList items;
    for (const auto& code : screen.flags) {
        const auto* flag = catalog.find(code);
        const QString label = (flag ? flag->label : code).toHtmlEscaped();
        const auto it = screen.flagDecisions.constFind(code);
        if (it == screen.flagDecisions.cend())
            items.append(tr("<li>%1: <b>no decision yet</b></li>").arg(label));
        else
            items.append(
                tr("<li>%1: %2, recorded by %3 on %4</li>")
                    .arg(label, redFlagDecisionLabel(it->decision).toHtmlEscaped(),
                         it->decidedBy.toHtmlEscaped(),
                         QLocale().toString(it->decidedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    return u"<ul style=\"margin:0\">%1</ul>"_qs.arg(items.join(QString()));
}

QVariant RedFlagHistoryModel::data(const QModelIndex& index, int role) const
{
    const RedFlagScreen* screen = recordAt(index);
    if (!screen)
        return {};
    const RedFlagScreen& s = *screen;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(s.date, QLocale::ShortFormat);
        case Clinician:
            return s.clinician;
        case Flags:
            return flagsText(s);
        case Decision:
            return decisionText(s);
        case Note:
            // One line in the table; the whole note is in the tooltip.
            return noteText(s).replace(u'\n', u' ');
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Date:
            // Same-day screens in the order they were recorded.
            return s.date.toString(Qt::ISODate) + u' ' +
                   QString::number(s.id).rightJustified(12, u'0');
        case Clinician:
            return s.clinician;
        case Flags:
            return int(s.flags.size());
        case Decision:
            // Unresolved first (ascending), then clear screens, then the decisions.
            return s.unresolved() ? QString() : s.positive() ? decisionText(s) : u"-"_qs;
        case Note:
            return noteText(s);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip;
        if (s.unresolved())
            tip = tr("<p><b>A red flag has no recorded decision.</b> Handouts for this patient "
                     "are held back until you record one, whatever screens come later. "
                     "Double-click to record it.</p>");
        if (index.column() == Flags)
            tip += flagsTooltip(s);
        else if (index.column() == Decision && s.positive())
            tip += decisionTooltip(s);
        else if (index.column() == Note && !noteText(s).isEmpty())
            tip += noteText(s).toHtmlEscaped().replace(u'\n', u"<br>"_qs);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::DecorationRole:
        if (index.column() == Date && s.unresolved())
            return FindingPresentation::icon(Severity::Avoid);
        break;
    case Qt::FontRole:
        if (s.unresolved()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ForegroundRole:
        if (s.unresolved())
            return FindingPresentation::rowForeground(Severity::Avoid);
        if (!s.positive())
            return tones::text(tones::Tone::Muted); // a clear screen recedes
        break;
    case Qt::BackgroundRole:
        if (s.unresolved())
            return FindingPresentation::background(Severity::Avoid);
        break;
    case ScreenIdRole:
        return s.id;
    case UnresolvedRole:
        return s.unresolved();
    default:
        break;
    }
    return {};
}

QVariant RedFlagHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Date"), tr("Clinician"), tr("Red flags"), tr("Decision"), tr("Note")},
                       section, orientation, role);
}

} // namespace gradus
