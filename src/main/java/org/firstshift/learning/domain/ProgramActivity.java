package org.firstshift.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A slot in a program: an activity of some type (by its SPI key, e.g. {@code lesson}) and a
 * reference inside that type (the lesson id), due on day N counted from the hire date (day 1 is
 * the hire date), available once the activities it requires are complete.
 */
@Entity
@Table(name = "program_activity")
public class ProgramActivity extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private int ordinal;

    @Column(name = "type_key", nullable = false)
    private String typeKey;

    @Column(nullable = false)
    private String ref;

    @Column(name = "due_day", nullable = false)
    private int dueDay;

    @Convert(converter = CodeListConverter.class)
    private List<String> requires = new ArrayList<>();

    protected ProgramActivity() {
    }

    ProgramActivity(Program program, int ordinal, ActivitySlot slot) {
        this.program = program;
        this.ordinal = ordinal;
        this.code = slot.code();
        this.typeKey = slot.typeKey();
        this.ref = slot.ref();
        this.dueDay = slot.dueDay();
        this.requires = new ArrayList<>(slot.requires());
    }

    /** Day 1 is the hire date itself. */
    public LocalDate dueOn(LocalDate hireDate) {
        return hireDate.plusDays(Math.max(1, dueDay) - 1L);
    }

    public ActivitySlot slot() {
        return new ActivitySlot(code, typeKey, ref, dueDay, requires);
    }

    public Program getProgram() { return program; }
    public String getCode() { return code; }
    public int getOrdinal() { return ordinal; }
    public String getTypeKey() { return typeKey; }
    public String getRef() { return ref; }
    public int getDueDay() { return dueDay; }
    public List<String> getRequires() { return List.copyOf(requires); }
}
