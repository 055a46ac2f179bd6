// csv_count FILE [--encoding NAME] [--delimiter C] [--buffer BYTES] [--repeat N]
// Reads FILE with CsvReader (N times, default 1) and prints the record count and
// the throughput of the fastest and the median read: on a shared machine the
// fastest is the least disturbed. For measuring the reader: build it in a Release
// tree (see docs/csv.md).
#include "interchange/CsvReader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    using namespace keystone::csv;
    if (argc < 2) {
        std::cerr << "usage: csv_count FILE [--encoding NAME] [--delimiter C] [--buffer BYTES] [--repeat N]\n";
        return 2;
    }
    ReaderOptions options;
    int repeat = 1;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const std::string value = argv[i + 1];
        if (flag == "--encoding") {
            const auto encoding = encodingFromName(value);
            if (!encoding) {
                std::cerr << "unknown encoding " << value << "\n";
                return 2;
            }
            options.encoding = *encoding;
        } else if (flag == "--delimiter") {
            options.delimiter = value == "\\t" ? '\t' : value.at(0);
        } else if (flag == "--repeat") {
            repeat = std::max(1, std::stoi(value));
        } else if (flag == "--buffer") {
            options.bufferSize = std::stoul(value);
        } else {
            std::cerr << "unknown option " << flag << "\n";
            return 2;
        }
    }
    std::vector<double> rates;
    for (int run = 0; run < repeat; ++run) {
        std::ifstream in(argv[1], std::ios::binary);
        if (!in) {
            std::cerr << "cannot open " << argv[1] << "\n";
            return 1;
        }
        try {
            const auto start = std::chrono::steady_clock::now();
            CsvReader reader(in, argv[1], options);
            Record record;
            std::uint64_t records = 0;
            std::uint64_t fields = 0;
            while (reader.next(record)) {
                ++records;
                fields += record.fields.size();
            }
            const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
            const double megabytes = static_cast<double>(reader.bytesConsumed()) / 1e6;
            rates.push_back(megabytes / seconds.count());
            if (run == 0) {
                const std::string delimiter = reader.delimiter() == '\t' ? "\\t" : std::string(1, reader.delimiter());
                std::printf("%llu records, %llu fields, %zu columns, delimiter '%s', %s, %.1f MB\n",
                            static_cast<unsigned long long>(records), static_cast<unsigned long long>(fields),
                            reader.header().size(), delimiter.c_str(),
                            std::string(encodingName(reader.encoding())).c_str(), megabytes);
            }
        } catch (const CsvError& e) {
            std::cerr << e.what() << "\n";
            return 1;
        }
    }
    std::sort(rates.begin(), rates.end());
    std::printf("%d reads: fastest %.0f MB/s, median %.0f MB/s\n", repeat, rates.back(), rates[rates.size() / 2]);
    return 0;
}
