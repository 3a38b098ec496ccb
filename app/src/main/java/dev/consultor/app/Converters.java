package dev.consultor.app;

import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters that turn the engine's readable parse errors into picocli usage errors. */
final class Converters {
    private Converters() {}

    static final class DepthConverter implements ITypeConverter<Depth> {
        @Override
        public Depth convert(String value) {
            try {
                return Depth.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class BusinessTypeConverter implements ITypeConverter<BusinessType> {
        @Override
        public BusinessType convert(String value) {
            try {
                return BusinessType.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("invalid date '" + value + "' (use YYYY-MM-DD, e.g. 2026-03-31)");
            }
        }
    }

    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "markdown", "md" -> OutputFormat.MARKDOWN;
                case "json" -> OutputFormat.JSON;
                default -> throw new TypeConversionException("unknown format '" + value + "' (use markdown or json)");
            };
        }
    }

    enum OutputFormat {
        MARKDOWN,
        JSON
    }
}
