#pragma once

#include <QString>

namespace bc::models {

// How a column of a mirror table is read, shown, sorted and filtered.
enum class ColumnKind {
    Text,    // free text (names): shown as is, sorted case-insensitively by locale
    Id,      // digit-exact ids (QString): sorted by length, then digits
    Enum,    // API enum values: shown through EnumText, sorted and filtered by the raw value
    Money,   // exact minor units (BIGINT), shown with QLocale and the currency of currencyColumn
    Integer, // whole numbers (BIGINT), shown with QLocale
    Date,    // "yyyy-MM-dd[ HH:mm:ss]" text: shown with QLocale, sorted and filtered as ISO text
};

// One column of a MirrorTableModel: a small value type, the same for every list.
struct MirrorTableColumn
{
    QString header;    // translated header text
    QString sqlColumn; // a typed column of the list's table; empty: read jsonPath from `raw`
    QString jsonPath;  // "pay_type" or "bc_info.name" when there is no typed column (not Money)
    ColumnKind kind = ColumnKind::Text;
    int currencyColumn = -1; // Money: the column (of the same set) holding its currency code
};

} // namespace bc::models
