package org.vigie.cli;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A day, month or year given as a bound of a date range: {@code 2024-11-04}, {@code 2024-11} or
 * {@code 2024}. As a start it means its first day, as an end its last.
 */
public final class DateBound {

  private DateBound() {}

  /** The first day of what was given. */
  public static final class Start implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return parse(value, true);
    }
  }

  /** The last day of what was given. */
  public static final class End implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return parse(value, false);
    }
  }

  static LocalDate parse(String value, boolean start) {
    String s = value.strip();
    try {
      if (s.matches("\\d{4}")) {
        Year y = Year.parse(s);
        return start ? y.atDay(1) : y.atDay(y.length());
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(s);
        return start ? m.atDay(1) : m.atEndOfMonth();
      }
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a date: give YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-11)");
    }
  }
}
