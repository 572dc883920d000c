package org.entente.platform.countries;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        return code == null || Countries.isKnown(code);
    }
}
