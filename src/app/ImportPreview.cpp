#include "app/ImportPreview.h"

#include "interchange/CsvWriter.h"

namespace keystone {

ImportPreview previewImport(std::istream& in, const std::string& name, const csv::ReaderOptions& options)
{
    csv::CsvReader reader(in, name, options);
    ImportPreview preview;
    preview.header = reader.header();
    try {
        csv::Record record;
        if (reader.next(record))
            for (const auto& field : record.fields) // shown as the import will read it
                preview.firstRow.emplace_back(csv::withoutFormulaGuard(field));
    } catch (const csv::CsvError&) {
        // The first row is only an example here.
    }
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    preview.headerLine = reader.headerLine();
    return preview;
}

} // namespace keystone
